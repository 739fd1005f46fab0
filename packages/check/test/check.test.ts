// The independent check against a real chain: the demo deployment is seeded, indexed into a
// SQLite file by the platform's own indexer, and then checked from the chain alone. The
// tamper drill alters one row of that index by hand and expects exactly that row reported.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { id as keccakText, type JsonRpcProvider } from "ethers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  deployCertificateRegistryVersion,
  startDemoChain,
  type DemoChain,
  type SeededDemoData,
  syntheticDiplomaFields,
} from "@ishonch/devnet";
import { closeIndex, openIndex } from "@ishonch/index";
import { indexToHead, migrate } from "@ishonch/index/indexer";
import {
  appealStatus,
  assertSupersedable,
  connectIshonch,
  directoryServiceId,
  findDirectoryMismatches,
  IshonchError,
  issueCertificate,
  prepareDiploma,
  requireExtraChecking,
  serializeDiplomaDocument,
  type IshonchDeployment,
} from "@ishonch/sdk";
import { compareIndexWithChain } from "../src/index-diff.ts";
import {
  checkAllocation,
  checkAppeal,
  checkDiploma,
  checkPosition,
  connectChain,
  firstBlockAtOrAfter,
  type ChainReader,
} from "../src/verify.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
let demoChain: DemoChain;
let workDir: string;
let deploymentFile: string;
let indexFile: string;
let indexUrl: string;
let deployment: IshonchDeployment;
let provider: JsonRpcProvider;
let reader: ChainReader;
let demo: SeededDemoData;

beforeAll(async () => {
  demoChain = await startDemoChain("check-test");
  ({ deployment, demo, provider, workDir } = demoChain);
  deploymentFile = join(workDir, "deployment.json");
  indexFile = join(workDir, "index.db");
  indexUrl = `file:${indexFile}`;
  reader = connectChain(deployment);
  await migrate({ provider: "sqlite", url: indexUrl });
  const db = await openIndex(indexUrl);
  try {
    await indexToHead(db, deployment);
  } finally {
    await closeIndex(db);
  }
});

afterAll(async () => {
  reader?.close();
  await demoChain?.stop();
});

/** A SYNTHETIC graduate's diploma fields, numbered. */
/** Runs the CLI as an operator would; returns its exit code and output. */
function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/cli.ts",
      ...args,
      "--rpc",
      demoChain.chain.rpcUrl,
      "--deployment",
      deploymentFile,
    ],
    { cwd: packageDir, encoding: "utf8" },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Alters the operator's index by hand, as a dishonest operator (or a bug) would. */
function tamper(sql: string, ...params: unknown[]): void {
  const connection = new Sqlite(indexFile);
  try {
    connection.prepare(sql).run(...params);
  } finally {
    connection.close();
  }
}

describe("check index: the operator's index against the chain", () => {
  test("a clean index agrees with the chain, in every chain-derived table", async () => {
    const comparison = await compareIndexWithChain(deployment, indexUrl);
    expect(comparison.differences).toEqual([]);
    expect(comparison.indexBlock).toBe(comparison.chainBlock);
    const tables = comparison.tables.map(({ table }) => table);
    expect(tables).toEqual(
      expect.arrayContaining(["events", "organizations", "queue_memberships"]),
    );
    expect(comparison.tables.find(({ table }) => table === "organizations")?.rows).toBeGreaterThan(
      0,
    );
    expect(runCli(["index", "--database", indexUrl]).status).toBe(0);
  });

  test("tamper drill: one organization's name altered by hand is exactly what is reported", async () => {
    tamper("UPDATE organizations SET name = ? WHERE id = 2", "Forged University");
    const comparison = await compareIndexWithChain(deployment, indexUrl);
    expect(comparison.differences).toEqual([
      {
        kind: "changed",
        table: "organizations",
        key: { id: "2" },
        column: "name",
        index: "Forged University",
        chain: demo.organizations.find((organization) => organization.id === 2)?.name,
      },
    ]);
    const cli = runCli(["index", "--database", indexUrl]);
    expect(cli.status).toBe(1);
    const reported = cli.stdout.split("\n").filter((line) => line.startsWith("  organizations ["));
    expect(reported).toEqual([
      expect.stringMatching(/^ {2}organizations \[id=2\] name: index Forged University \/ chain /),
    ]);
    expect(cli.stdout).toContain("1 difference(s):");
  });

  test("a deleted row is reported as missing from the index, and only it", async () => {
    tamper(
      "DELETE FROM queue_memberships WHERE rowid = (SELECT min(rowid) FROM queue_memberships)",
    );
    const comparison = await compareIndexWithChain(deployment, indexUrl);
    const others = comparison.differences.filter((d) => d.table !== "organizations");
    expect(others).toHaveLength(1);
    expect(others[0]).toMatchObject({ kind: "missingInIndex", table: "queue_memberships" });
  });
});

describe("re-verifications from the chain alone", () => {
  test("diploma: an issued document is valid, with the issuer and block as evidence", async () => {
    const issuer = demo.accounts.find((account) => account.role === "DiplomaIssuer")!;
    const asIssuer = connectIshonch(deployment, await provider.getSigner(issuer.index));
    const { document } = await issueCertificate(
      asIssuer,
      prepareDiploma(issuer.orgId, syntheticDiplomaFields("CK", "1000001")),
    );
    const check = await checkDiploma(reader, serializeDiplomaDocument(document));
    expect(check.verdict.kind).toBe("valid");
    expect(check.verdict.evidence?.orgId).toBe(issuer.orgId);
    const path = join(workDir, "diploma.json");
    writeFileSync(path, serializeDiplomaDocument(document));
    const cli = runCli(["diploma", "--document", path]);
    expect(cli.stdout).toContain("verdict: valid");
    expect(cli.status).toBe(0);

    const forged = JSON.parse(serializeDiplomaDocument(document)) as {
      fields: { grade: { value: string } };
    };
    forged.fields.grade.value = "5.0";
    const tampered = await checkDiploma(reader, JSON.stringify(forged));
    expect(tampered.verdict.kind).not.toBe("valid");
  });

  test("position: positionOf agrees with a naive recount for every application", async () => {
    const count = Number(await reader.contracts.kindergartenQueue.applicationCount());
    expect(count).toBeGreaterThan(0);
    let waitingPreferences = 0;
    for (let application = 1; application <= count; application++) {
      const check = await checkPosition(reader, application);
      expect(check.agrees).toBe(true);
      waitingPreferences += check.preferences.filter((p) => p.status === "Waiting").length;
    }
    expect(waitingPreferences).toBeGreaterThan(0);
    const cli = runCli(["position", "--application", "1", "--json"]);
    expect(cli.status).toBe(0);
    expect((JSON.parse(cli.stdout) as { agrees: boolean }).agrees).toBe(true);
  });

  test("allocation: the seeded offers were fair", async () => {
    const fairness = await checkAllocation(reader, 1);
    expect(fairness.fair).toBe(true);
    expect(fairness.skipped).toBe(0);
    expect(runCli(["allocation", "--offer", "1"]).stdout).toContain(": fair");
    const unknown = runCli(["allocation", "--offer", "999"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("UnknownOffer");
  });

  test("appeal: the deadline recomputed from the appeal's history equals the stored one", async () => {
    let open: number | null = null;
    for (let id = 1; open === null; id++) {
      const appeal = await appealStatus(reader.contracts, id);
      if (appeal.answeredAt === null && appeal.appealType !== "Proposal") open = id;
    }
    const before = await checkAppeal(reader, open);
    expect(before.agrees).toBe(true);
    expect(before.recomputedDeadline.getTime() - before.appeal.receivedAt.getTime()).toBe(
      15 * 86_400_000,
    );
    const officer = demo.accounts.find((account) => account.role === "AppealsOfficer")!;
    const asOfficer = connectIshonch(deployment, await provider.getSigner(officer.index));
    await requireExtraChecking(asOfficer, open, keccakText("needs a site visit"));
    // A new connection, as a later run of the check would be (ethers reuses answers briefly).
    const later = connectChain(deployment);
    const after = await checkAppeal(later, open).finally(() => later.close());
    expect(after.steps.map((step) => step.event)).toEqual([
      "AppealFiled",
      "AppealExtraCheckingRequired",
    ]);
    // Its events are read from its filing's second on, not from the deployment block.
    const checker = connectChain(deployment);
    const filedFrom = await firstBlockAtOrAfter(
      checker.provider,
      after.appeal.registeredAt.getTime() / 1000,
      deployment.startBlock,
      after.appeal.blockNumber,
    ).finally(() => checker.close());
    expect(filedFrom).toBeGreaterThan(deployment.startBlock);
    expect(filedFrom).toBeLessThanOrEqual(after.steps[0]!.blockNumber);
    expect(after.recomputedDeadline.getTime() - after.appeal.receivedAt.getTime()).toBe(
      30 * 86_400_000,
    );
    expect(after.agrees).toBe(true);
    expect(after.overdue).toBe(false);
    const cli = runCli(["appeal", "--id", String(open)]);
    expect(cli.stdout).toContain("overdue: no: agrees");
    expect(cli.status).toBe(0);
  });
});

describe("check directory: the configured contracts against the council's directory", () => {
  test("the deployment file names exactly the directory's current contracts", async () => {
    expect(await findDirectoryMismatches(reader.contracts)).toEqual([]);
    const cli = runCli(["directory"]);
    expect(cli.stdout).toContain("every configured contract is the one the directory lists");
    expect(cli.status).toBe(0);
  });

  test("an operator pointing the apps at another contract is reported, and only that", async () => {
    const { CertificateRegistry, KindergartenQueue } = deployment.contracts;
    const swapped = { ...deployment.contracts, CertificateRegistry: KindergartenQueue };
    const forged = connectIshonch({ ...deployment, contracts: swapped }, provider);
    expect(await findDirectoryMismatches(forged)).toEqual([
      {
        service: "CertificateRegistry",
        configured: KindergartenQueue,
        current: CertificateRegistry,
      },
    ]);
    const cli = runCli(["directory", "--address", `CertificateRegistry=${KindergartenQueue}`]);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain(
      `  CertificateRegistry: configured ${KindergartenQueue} / directory ${CertificateRegistry}`,
    );
    expect(cli.stdout).toContain("1 contract(s) differ");
  });

  test("diploma: after an upgrade, the earlier registry's diplomas stay valid, what it issued later does not", async () => {
    const issuer = demo.accounts.find((account) => account.role === "DiplomaIssuer")!;
    // Bound to the earlier registry: its staff can still write there after the upgrade.
    const atEarlier = connectIshonch(deployment, await provider.getSigner(issuer.index));
    const before = await issueCertificate(
      atEarlier,
      prepareDiploma(issuer.orgId, syntheticDiplomaFields("CK", "1000002")),
    );
    // This deployment has had no hand-over: the deployer still holds ADMIN, the council's role.
    const directory = connectIshonch(deployment, await provider.getSigner(0)).directory;
    const service = directoryServiceId("CertificateRegistry");
    const earlier = deployment.contracts.CertificateRegistry;
    const newer = await deployCertificateRegistryVersion(demoChain.chain.rpcUrl, deployment, 0);
    await (await directory.setServiceContract(service, newer)).wait();
    const upgraded = connectChain({
      ...deployment,
      contracts: { ...deployment.contracts, CertificateRegistry: newer },
    });
    try {
      const after = await issueCertificate(
        atEarlier,
        prepareDiploma(issuer.orgId, syntheticDiplomaFields("CK", "1000003")),
      );
      const beforeCheck = await checkDiploma(upgraded, serializeDiplomaDocument(before.document));
      expect(beforeCheck.verdict.kind).toBe("valid");
      expect(beforeCheck.verdict.evidence?.contract).toBe(earlier);
      // Valid, yet not correctable: the current registry, where `supersede` runs, never saw it.
      await expect(assertSupersedable(upgraded.contracts, before.document)).rejects.toThrow(
        new IshonchError("UnknownBatch", { root: before.document.anchor.root }),
      );
      const afterCheck = await checkDiploma(upgraded, serializeDiplomaDocument(after.document));
      expect(afterCheck.verdict).toEqual({
        kind: "notIssued",
        evidence: null,
        otherDeployment: true,
      });
    } finally {
      upgraded.close();
      await (await directory.setServiceContract(service, earlier)).wait();
    }
  });
});
