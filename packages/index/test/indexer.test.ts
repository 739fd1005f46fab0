import { rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonRpcProvider } from "ethers";
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from "vitest";
import { deployIshonch, startChain, type LocalChain } from "@ishonch/devnet";
import {
  connectIshonch,
  getOrganization,
  organizationCount,
  staffRolesOf,
  type Address,
  type IshonchDeployment,
} from "@ishonch/sdk";
import {
  closeIndex,
  getOrganizationRow,
  indexHead,
  openIndex,
  organizationsOfAccount,
  searchOrganizations,
  searchStaff,
  type IndexDatabase,
} from "../src/index.ts";
import { runIndexer } from "../src/indexer-entry.ts";
import { generateActivity } from "./support/activity.ts";
import { crash, startIndexerCli } from "./support/cli.ts";
import { dumpIndex, openNewIndex, testBackends, type TestBackend } from "./support/databases.ts";
import { startRpcProxy } from "./support/proxy.ts";

let chain: LocalChain;
let deployment: IshonchDeployment;
const workDir = mkdtempSync(join(tmpdir(), "ishonch-index-test-"));
const deploymentFile = join(workDir, "deployment.json");
const backends = testBackends();
const openIndexes: IndexDatabase[] = [];

async function chainRpc(method: string, params: unknown[] = []): Promise<unknown> {
  const provider = new JsonRpcProvider(chain.rpcUrl, undefined, { staticNetwork: true });
  try {
    return await provider.send(method, params);
  } finally {
    provider.destroy();
  }
}

async function newIndex(backend: TestBackend): Promise<IndexDatabase> {
  const db = await openNewIndex(backend);
  openIndexes.push(db);
  return db;
}

/** Indexes up to the chain's head in this process; `warnings` collects the indexer's log. */
async function sync(db: IndexDatabase, batchBlocks = 50, warnings: string[] = []) {
  return runIndexer({
    db,
    deployment,
    stopAtHead: true,
    batchBlocks,
    log: (message) => warnings.push(message),
  });
}

/** A fresh index of the chain as it is now: what every other index must equal. */
async function freshDump(backend: TestBackend) {
  const db = await newIndex(backend);
  await sync(db, 1_000);
  return dumpIndex(db);
}

beforeAll(async () => {
  chain = await startChain();
  deployment = await deployIshonch({ rpcUrl: chain.rpcUrl, deploymentFile });
  const activity = await generateActivity(deployment, chain.rpcUrl, 48);
  expect(activity.transactions).toBeGreaterThan(200);
});

afterAll(async () => {
  for (const db of openIndexes) await closeIndex(db);
  for (const backend of backends) await backend.cleanUp();
  await chain?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs a backend's tests, or says once why they are skipped. */
function available(backend: TestBackend): boolean {
  if (backend.skipReason) console.warn(`${backend.provider} tests skipped: ${backend.skipReason}`);
  return backend.skipReason === null;
}

// The chain is shared: the tests that only read it run first, the reorganisation tests,
// which rewrite it, last.
describe.each(backends)("the index on $provider", (backend) => {
  test.runIf(available(backend))(
    "agrees with the chain; finds names in any case and script",
    async () => {
      const db = await newIndex(backend);
      const progress = await sync(db);
      expect(progress?.caughtUp).toBe(true);
      expect((await indexHead(db))?.blockNumber).toBe(
        await chainRpc("eth_blockNumber").then(Number),
      );

      const provider = new JsonRpcProvider(chain.rpcUrl, undefined, { staticNetwork: true });
      onTestFinished(() => provider.destroy());
      const reader = connectIshonch(deployment, provider);
      const count = await organizationCount(reader);
      expect((await searchOrganizations(db, { limit: 500 })).total).toBe(count);
      for (let id = 1; id <= count; id++) {
        const onChain = await getOrganization(reader, id);
        const row = await getOrganizationRow(db, id);
        expect(row).toMatchObject(onChain);
      }
      const staff = (await searchStaff(db, { limit: 500 })).items;
      expect(staff.length).toBeGreaterThan(0);
      for (const row of staff.slice(0, 20)) {
        const roles = await staffRolesOf(reader, row.orgId, row.account as Address);
        expect(roles).toContain(row.role);
      }
      const someAccount = staff[0]!.account;
      const orgIds = (await organizationsOfAccount(db, someAccount.toLowerCase())).map((o) => o.id);
      expect(orgIds).toContain(staff[0]!.orgId);

      const names = async (text: string) =>
        (await searchOrganizations(db, { text, limit: 500 })).items.map((o) => o.name);
      expect(await names("тошкент шаҳар")).toContain("Тошкент шаҳар 5-сон умумтаълим мактаби 2");
      expect(await names("ташкентский")).toContain(
        "ТАШКЕНТСКИЙ ГОСУДАРСТВЕННЫЙ ТЕХНИЧЕСКИЙ УНИВЕРСИТЕТ 3",
      );
      expect(await names("ЎЗБЕКИСТОН")).toContain(
        "Ўзбекистон Республикаси Мактабгача таълим вазирлиги 6",
      );
      // The Uzbek oʻ typed with a plain apostrophe, as most keyboards do.
      expect(await names("O'ZBEKISTON MILLIY")).toContain("Oʻzbekiston Milliy Universiteti 4");
      expect(await names("no such name")).toEqual([]);

      const suspended = await searchOrganizations(db, { status: "Suspended", limit: 500 });
      expect(suspended.items.map((o) => o.id)).toEqual(
        Array.from({ length: 48 }, (_, i) => i)
          .filter((i) => i % 5 === 0 && i % 10 !== 0)
          .map((i) => i + 1),
      );
      const page = await searchOrganizations(db, { orgType: "School", limit: 3, offset: 1 });
      expect(page.items).toHaveLength(3);
      expect(page.items.every((o) => o.orgType === "School")).toBe(true);
      expect(page.total).toBe(8);
    },
  );
});

// Both databases at once: the tests only read the chain, and spend their time waiting.
describe.concurrent("when things fail, the indexer", () => {
  for (const backend of backends) crashAndOutageTests(backend);
});

function crashAndOutageTests(backend: TestBackend): void {
  const on = backend.provider;
  test.runIf(available(backend))(
    `on ${on} resumes after 10 crashes (SIGKILL) without loss or duplication`,
    async () => {
      const env = { databaseUrl: await backend.newDatabaseUrl(), deploymentFile, batchBlocks: 3 };
      for (let crashes = 0; crashes < 10; crashes++) {
        const child = startIndexerCli("run", env);
        const line = await child.progressLine(1 + Math.floor(Math.random() * 3));
        expect(line, "the crash must come during catch-up").not.toMatch(/: 0 behind/);
        // Somewhere in the next range: between reads, inside the transaction, or after it.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
        await crash(child);
      }
      // The last run catches up, then stops gracefully on SIGTERM.
      const last = startIndexerCli("run", env);
      await last.caughtUp();
      last.process.kill("SIGTERM");
      expect(await last.exited, last.output()).toBe(0);
      expect(last.output()).toContain("SIGTERM: stopping after the current block range");

      const crashed = await openIndex(env.databaseUrl);
      openIndexes.push(crashed);
      expect(await dumpIndex(crashed)).toEqual(await freshDump(backend));
    },
  );

  test.runIf(available(backend))(
    `on ${on} retries through an RPC outage and finishes`,
    async () => {
      const proxy = await startRpcProxy(chain.rpcUrl);
      const db = await newIndex(backend);
      const warnings: string[] = [];
      let ranges = 0;
      let outage: Promise<void> | undefined;
      try {
        const progress = await runIndexer({
          db,
          deployment,
          rpcUrl: proxy.url,
          batchBlocks: 20,
          stopAtHead: true,
          log: (message) => warnings.push(message),
          onProgress: () => {
            if (++ranges !== 2) return;
            outage = (async () => {
              await proxy.stop();
              while (warnings.length < 3) await new Promise((resolve) => setTimeout(resolve, 50));
              await proxy.start();
            })();
          },
        });
        await outage;
        expect(progress?.caughtUp).toBe(true);
      } finally {
        await proxy.close();
      }
      expect(warnings.length).toBeGreaterThanOrEqual(3);
      expect(warnings[0]).toMatch(/^RPC eth_\w+ failed \(attempt 1\)/);
      expect(await dumpIndex(db)).toEqual(await freshDump(backend));
    },
  );
}

describe.each(backends)("the indexer on $provider, when the chain reorganises", (backend) => {
  test.runIf(available(backend))("keeps only canonical data after reorganisations", async () => {
    const db = await newIndex(backend);
    await sync(db);
    const snapshot = await chainRpc("evm_snapshot");
    await generateActivity(deployment, chain.rpcUrl, 3, `Fork A ${backend.provider} `);
    await sync(db, 4);
    expect((await searchOrganizations(db, { text: `fork a ${backend.provider}` })).total).toBe(3);

    // The other branch is shorter and reuses the same organization ids.
    await chainRpc("evm_revert", [snapshot]);
    await generateActivity(deployment, chain.rpcUrl, 2, `Fork B ${backend.provider} `);
    const warnings: string[] = [];
    await sync(db, 4, warnings);
    expect(warnings).toEqual([
      expect.stringMatching(/^Chain reorganisation: rolling the index back to block \d+$/),
    ]);
    expect((await searchOrganizations(db, { text: `fork a ${backend.provider}` })).total).toBe(0);
    expect((await searchOrganizations(db, { text: `fork b ${backend.provider}` })).total).toBe(2);
    expect(await dumpIndex(db)).toEqual(await freshDump(backend));

    // A longer branch replacing the tip.
    const again = await chainRpc("evm_snapshot");
    await generateActivity(deployment, chain.rpcUrl, 1, `Fork C ${backend.provider} `);
    await sync(db);
    await chainRpc("evm_revert", [again]);
    await generateActivity(deployment, chain.rpcUrl, 4, `Fork D ${backend.provider} `);
    warnings.length = 0;
    await sync(db, 50, warnings);
    expect(warnings).toHaveLength(1);
    expect((await searchOrganizations(db, { text: `fork c ${backend.provider}` })).total).toBe(0);
    expect((await searchOrganizations(db, { text: `fork d ${backend.provider}` })).total).toBe(4);
    expect(await dumpIndex(db)).toEqual(await freshDump(backend));
  });
});
