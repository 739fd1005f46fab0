// The whole platform for one test run: a fresh chain on a free port, the contracts deployed,
// seeded with demo data and handed over to the council as `npm start` does, the indexer
// following the chain into a temporary SQLite file, and both apps' production builds
// (`next start`) on free ports.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { deployDemoPlatform, parseChainEngine, startChain } from "@ishonch/devnet";
import { closeIndex, indexHead, openIndex } from "@ishonch/index";
import { closeRecords, openRecords } from "@ishonch/records";
import { importOffchainRecords, migrateRecords } from "@ishonch/records/admin";
import type { OffchainRecords } from "@ishonch/sdk";
import { JsonRpcProvider } from "ethers";
import { repoRoot } from "./paths";
import { apps, type AppName, type PlatformInfo } from "./platform-info";
import {
  childPath,
  freePort,
  logTail,
  startGroupProcess,
  waitForHttp,
  type GroupProcess,
} from "./processes";

export interface RunningPlatform extends PlatformInfo {
  /** Where the processes' logs are, kept until stop(). */
  runDir: string;
  stop(): Promise<void>;
}

export async function startPlatform(): Promise<RunningPlatform> {
  for (const app of apps) assertBuilt(app);
  const runDir = await mkdtemp(join(tmpdir(), "ishonch-e2e-"));
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of [...stoppers].reverse()) await stopOne().catch(() => undefined);
    if (process.env.ISHONCH_E2E_KEEP !== "1") await rm(runDir, { recursive: true, force: true });
  };

  const started = Date.now();
  const progress = (what: string) =>
    console.log(`[platform +${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);

  try {
    const chain = await startChain({
      port: 0,
      engine: parseChainEngine(process.env.ISHONCH_CHAIN_ENGINE),
    });
    stoppers.push(() => chain.stop());
    progress(`chain ${chain.chainId} at ${chain.rpcUrl}`);
    const deploymentFile = join(runDir, "deployment.json");
    const platform = await deployDemoPlatform({ rpcUrl: chain.rpcUrl, deploymentFile });
    const { deployment } = platform;
    // The off-chain records are for the index only: not handed to the test workers.
    const { offchain, ...demo } = platform.demo;
    progress(
      `contracts deployed, demo data seeded (${demo.organizations.length} organizations), ` +
        "handed over to the council",
    );
    const databaseUrl = `file:${join(runDir, "index.db")}`;
    const recordsUrl = `file:${join(runDir, "records.db")}`;
    await importSeedRecords(recordsUrl, offchain);
    progress("the seed's off-chain records imported into the records");

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      ISHONCH_DEPLOYMENT: deploymentFile,
      ISHONCH_RPC_URL: chain.rpcUrl,
      ISHONCH_CHAIN_ID: String(chain.chainId),
      DATABASE_URL: databaseUrl,
      RECORDS_DATABASE_URL: recordsUrl,
    };

    const indexer = await startIndexer(env, runDir);
    stoppers.push(() => indexer.stop());
    const appUrls = {} as Record<AppName, string>;
    // The apps boot while the indexer catches up: they only need the file and the URL.
    await Promise.all([
      waitForIndexToCatchUp(chain.rpcUrl, databaseUrl, indexer).then(() =>
        progress("index caught up with the chain"),
      ),
      ...apps.map(async (app) => {
        const { server, url } = await startApp(app, env, runDir);
        stoppers.push(() => server.stop());
        await waitForHttp(url, server);
        appUrls[app] = url;
        progress(`${app} app at ${url}`);
      }),
    ]);

    return {
      rpcUrl: chain.rpcUrl,
      chainId: chain.chainId,
      deploymentFile,
      deployment,
      demo,
      appUrls,
      databases: { records: recordsUrl, index: databaseUrl },
      runDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stores what the chain holds only hashes of (QR copies, sealed appeals), as `npm start` does. */
async function importSeedRecords(recordsUrl: string, file: OffchainRecords): Promise<void> {
  const records = await openRecords(recordsUrl, { create: true });
  try {
    await migrateRecords(records);
    await importOffchainRecords(records, file);
  } finally {
    await closeRecords(records);
  }
}

function appDir(app: AppName): string {
  return join(repoRoot, "apps", app);
}

function assertBuilt(app: AppName): void {
  if (!existsSync(join(appDir(app), ".next", "BUILD_ID"))) {
    throw new Error(
      `apps/${app} has no production build: run \`pnpm turbo run build\` (or \`pnpm e2e\`) first`,
    );
  }
}

async function startApp(app: AppName, env: NodeJS.ProcessEnv, runDir: string) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cwd = appDir(app);
  const server = startGroupProcess(
    `next start (${app})`,
    join(cwd, "node_modules", ".bin", "next"),
    ["start", "--hostname", "127.0.0.1", "--port", String(port)],
    {
      cwd,
      env: {
        ...env,
        PORT: String(port),
        PATH: childPath([join(cwd, "node_modules", ".bin")]),
        // The address the officials app's signed staff challenges must name.
        ...(app === "officials" ? { ISHONCH_OFFICIALS_URL: url } : {}),
      },
      logFile: join(runDir, `${app}.log`),
    },
  );
  return { server, url };
}

/** Runs the index package's own `indexer` script (its CLI) with the `run` command. */
async function startIndexer(env: NodeJS.ProcessEnv, runDir: string): Promise<GroupProcess> {
  const cwd = join(repoRoot, "packages", "index");
  const manifest = JSON.parse(await readFile(join(cwd, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const script = manifest.scripts?.indexer;
  if (script === undefined) throw new Error("packages/index has no `indexer` script");
  return startGroupProcess("indexer", "sh", ["-c", `${script} run`], {
    cwd,
    env: {
      ...env,
      PATH: childPath([join(cwd, "node_modules", ".bin"), join(repoRoot, "node_modules", ".bin")]),
    },
    logFile: join(runDir, "indexer.log"),
  });
}

/**
 * Waits until the index has followed the chain up to the block it is at now (after the
 * seeding), so that every test starts from the same, complete directory.
 */
async function waitForIndexToCatchUp(rpcUrl: string, databaseUrl: string, indexer: GroupProcess) {
  const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  const target = await provider.getBlockNumber();
  provider.destroy();
  let exitCode: number | null | undefined;
  void indexer.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`the indexer exited (code ${exitCode}):\n${logTail(indexer.logFile)}`);
    }
    const head = await readIndexHead(databaseUrl);
    if (head !== null && head >= target) return;
    await sleep(250);
  }
  throw new Error(`the index did not reach block ${target} in 60 s:\n${logTail(indexer.logFile)}`);
}

/** The index's head block, or null while the indexer has not created or filled it yet. */
async function readIndexHead(databaseUrl: string): Promise<number | null> {
  try {
    const db = await openIndex(databaseUrl);
    try {
      return (await indexHead(db))?.blockNumber ?? null;
    } finally {
      await closeIndex(db);
    }
  } catch {
    return null;
  }
}
