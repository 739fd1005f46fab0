// The records' drills (issue 10), on SQLite and on PostgreSQL, against platforms started as
// `npm start` starts them (without the apps, whose reads the checks make directly):
// (0) the records-writing process is SIGKILLed at seeded random moments while a class is
//     stored and while appeals are escalated: afterwards no copy without its row, no row
//     without its copy, and every escalated appeal readable by its new holder (after the
//     reconcile that runs at start);
// (a) the index is deleted and rebuilt from the chain;
// (b) the records are backed up while the platform writes, and restored into a fresh platform
//     with an empty index.
// After (a) and (b) every diploma QR code still opens and verifies, and every appeal still
// opens for its citizen and its agency. ISHONCH_DRILL_SEED replays other kill moments.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  seededRandom,
  startChain,
  startPlatform,
  type LocalChain,
  type Platform,
  type PlatformOptions,
  type SeededDemoData,
} from "@ishonch/devnet";
import { closeIndex, diplomaChainFacts, openIndex, type IndexDatabase } from "@ishonch/index";
import { appealStatus } from "@ishonch/sdk";
import {
  closeRecords,
  openRecords,
  reconcileEscalations,
  searchIssuedDiplomas,
  storeIssuedDiplomas,
  type RecordsDatabase,
} from "../src/index.ts";
import {
  advanceChainTime,
  chainOf,
  classRows,
  demoQrCodes,
  documentsNotOnChain,
  expectAppealsOpen,
  expectQrCodesOpen,
  fileAppeals,
  indexReachesHead,
  issueClass,
  unmatchedDiplomaRecords,
  type DrillAppeal,
  type DrillClass,
  type DrillQr,
} from "./support/drill.ts";
import { openNewRecords, testBackends } from "./support/databases.ts";
import { recordsCli, startChild } from "./support/processes.ts";

const seed = Number(process.env.ISHONCH_DRILL_SEED ?? 20_261_207);
const random = seededRandom(seed);
const day = 86_400;
const classSize = 1_500;
const backends = testBackends();
const workDir = mkdtempSync(join(tmpdir(), "ishonch-drills-"));
const allMatched = { rowsWithoutCopy: 0, copiesWithoutRow: 0 };

let chain: LocalChain;
/** The deployment every drill shares, with the demo data of the first platform. */
let deploymentFile: string | undefined;
let demo: SeededDemoData;
/** The provider whose records hold the demo's (the first platform imported them). */
let demoImported: string | undefined;
/** Each provider's backup and the database it was restored into (for the cross restore). */
const restoredFrom: Partial<Record<string, { backup: string; url: string }>> = {};

beforeAll(async () => {
  chain = await startChain();
  console.log(`[drills] seed ${seed}`);
});

afterAll(async () => {
  await chain?.stop();
  for (const backend of backends) await backend.cleanUp();
  rmSync(workDir, { recursive: true, force: true });
});

describe.each(backends)("drills on $provider", (backend) => {
  const skip = backend.skipReason !== null;
  const drill = (message: string) => console.log(`[drill ${backend.provider}] ${message}`);
  const letter = backend.provider[0]!.toUpperCase();
  let platform: Platform;
  let records: RecordsDatabase;
  let index: IndexDatabase | undefined;
  let chainAccess: ReturnType<typeof chainOf>;
  const classes: DrillClass[] = [];
  const appeals: DrillAppeal[] = [];

  /** A platform on the shared chain: the first one deploys with the demo, later ones join it. */
  async function start(name: string, databases: Pick<PlatformOptions, "indexUrl" | "recordsUrl">) {
    const started = await startPlatform({
      stateDir: join(workDir, `${backend.provider}-${name}`),
      chain: { rpcUrl: chain.rpcUrl },
      deploymentFile,
      apps: false,
      ...databases,
    });
    deploymentFile ??= started.deploymentFile;
    if (started.demo) demo = started.demo;
    return started;
  }

  /** The QR codes these records must open: the demo's (when it was imported here) and ours. */
  const qrCodes = (): DrillQr[] => [
    ...(demoImported === backend.provider ? demoQrCodes(demo) : []),
    ...classes.flatMap((drillClass) => drillClass.qrs),
  ];

  async function openIndexOf(started: Platform): Promise<IndexDatabase> {
    if (index) await closeIndex(index);
    index = await openIndex(started.databases.index);
    return index;
  }

  beforeAll(async () => {
    if (skip) return;
    const onServer = backend.provider === "postgresql";
    platform = await start("first", {
      indexUrl: onServer ? await backend.newDatabaseUrl() : undefined,
      recordsUrl: onServer ? await backend.newDatabaseUrl() : undefined,
    });
    demoImported ??= backend.provider;
    records = await openRecords(platform.databases.records);
    chainAccess = chainOf(platform);
  });

  afterAll(async () => {
    chainAccess?.provider.destroy();
    if (index) await closeIndex(index);
    if (records) await closeRecords(records);
    await platform?.stop();
  });

  test.skipIf(skip)(
    "(0) a class is stored whole or not at all, whenever its writer is killed",
    async () => {
      const drillClass = await issueClass(platform, demo, classSize, `K${letter}`);
      const file = join(workDir, `${backend.provider}-class.json`);
      writeFileSync(file, JSON.stringify(drillClass.diplomas));
      // How long a whole store takes here: the kills fall within it.
      const scratch = await openNewRecords(backend);
      const began = Date.now();
      await storeIssuedDiplomas(scratch, drillClass.diplomas);
      const storeMs = Date.now() - began;
      await closeRecords(scratch);

      const store = () =>
        startChild("test/support/children/store-class.ts", [platform.databases.records, file]);
      for (let kill = 1; kill <= 4; kill++) {
        const writer = store();
        await writer.line(/^ready$/);
        const after = Math.floor(random() * storeMs * 1.2);
        await sleep(after);
        await writer.kill();
        const rows = await classRows(records, drillClass.root);
        drill(`class store killed ${after} ms in (a whole store: ${storeMs} ms): ${rows} rows`);
        expect([0, classSize], `seed ${seed}, kill ${kill}`).toContain(rows);
        expect(await unmatchedDiplomaRecords(records), `seed ${seed}, kill ${kill}`).toEqual(
          allMatched,
        );
      }
      // The school stores it again, as the officials app retries: now it is all there.
      const writer = store();
      await writer.line(/^stored$/);
      await writer.group.stop();
      expect(await classRows(records, drillClass.root)).toBe(classSize);
      expect(
        await records.prisma.diplomaCopy.count({ where: { diploma: { root: drillClass.root } } }),
      ).toBe(classSize);
      expect(await unmatchedDiplomaRecords(records)).toEqual(allMatched);
      classes.push(drillClass);
      await expectQrCodesOpen(records, chainAccess.reader, drillClass.qrs);
    },
  );

  test.skipIf(skip)(
    "(0) an escalation killed at any moment is settled and opens for the superior",
    async () => {
      const { reader } = chainAccess;
      const department = demo.organizations.find(
        (org) => org.orgType === "DistrictEducationDepartment" && org.name.includes("Chilonzor"),
      )!;
      const filed = await fileAppeals(
        platform,
        records,
        department.id,
        [1, 2, 3, 4, 5, 6].map(
          (n) => `SYNTHETIC drill ${backend.provider} appeal ${n}: a demo road is closed.`,
        ),
      );
      // Sixteen days without an answer: each may be escalated as overdue.
      await advanceChainTime(platform, 16 * day);
      const escalate = (appeal: DrillAppeal) =>
        startChild("test/support/children/escalate.ts", [
          JSON.stringify({
            recordsUrl: platform.databases.records,
            deploymentFile,
            appealId: appeal.id,
            secret: appeal.secret,
            superiorId: department.parentId,
            text: `SYNTHETIC drill complaint about appeal ${appeal.id}.`,
          }),
        ]);
      const onChain = async (appeal: DrillAppeal) =>
        (await appealStatus(reader, appeal.id)).escalatedTo !== null;
      const pendingOf = (appeal: DrillAppeal) =>
        records.prisma.pendingEscalation.count({ where: { appealId: appeal.id } });
      const [timed, cutAfterChainStep, cutBeforeChainStep, ...killedAtRandom] = filed as [
        DrillAppeal,
        DrillAppeal,
        DrillAppeal,
        ...DrillAppeal[],
      ];

      // One left alone, to time a whole escalation.
      const whole = escalate(timed);
      await whole.line(/^ready$/);
      const began = Date.now();
      await whole.line(/^escalated \d+$/);
      const escalationMs = Date.now() - began;
      await whole.group.stop();

      // One killed after its chain step, before its records are complete: the drill holds the
      // pending row's lock once it is written, so the writer waits there while the chain step
      // happens, and is killed then.
      const cut = escalate(cutAfterChainStep);
      await cut.line(/^ready$/);
      while ((await pendingOf(cutAfterChainStep)) === 0) await sleep(5);
      await records.prisma.$transaction(
        async (tx) => {
          await tx.$executeRaw`UPDATE pending_escalations SET wraps = wraps WHERE appeal_id = ${cutAfterChainStep.id}`;
          for (let waited = 0; !(await onChain(cutAfterChainStep)); waited += 10) {
            if (waited > 60_000) throw new Error("the escalation never reached the chain");
            await sleep(10);
          }
          await cut.kill();
        },
        { timeout: 90_000 },
      );
      expect(await pendingOf(cutAfterChainStep), "left pending by the kill").toBe(1);

      // The others at seeded random moments of an escalation.
      for (const appeal of killedAtRandom) {
        const writer = escalate(appeal);
        await writer.line(/^ready$/);
        const after = Math.floor(random() * escalationMs * 1.2);
        await sleep(after);
        await writer.kill();
        drill(
          `escalation of appeal ${appeal.id} killed ${after} ms in (a whole one: ${escalationMs} ms): ` +
            `${(await onChain(appeal)) ? "on chain" : "not on chain"}, ${await pendingOf(appeal)} pending`,
        );
      }

      // The reconcile of a platform's start settles what the chain shows: the superior reads
      // every escalated appeal.
      drill(`reconciled: ${JSON.stringify(await reconcileEscalations(records, reader))}`);
      const escalated: DrillAppeal[] = [];
      for (const appeal of filed) {
        if (!(await onChain(appeal))) continue;
        escalated.push(appeal);
        expect(await pendingOf(appeal), `seed ${seed}, appeal ${appeal.id}`).toBe(0);
      }
      expect(escalated).toContain(cutAfterChainStep);
      const platformIndex = await openIndexOf(platform);
      await indexReachesHead(platformIndex, platform);
      await expectAppealsOpen(records, platformIndex, reader, escalated);

      // One killed with its chain step sent but not mined (the node holds blocks back), the
      // moment a crash makes it unclear whether the chain took the step. Its transaction is
      // mined only with the block that moves the clock past the citizen's signature, and fails.
      const { provider } = chainAccess;
      await provider.send("evm_setAutomine", [false]);
      try {
        const held = escalate(cutBeforeChainStep);
        await held.line(/^ready$/);
        const inPool = async () =>
          (
            (await provider.send("eth_getBlockByNumber", ["pending", false])) as {
              transactions: string[];
            }
          ).transactions.length > 0;
        for (let waited = 0; !(await inPool()); waited += 10) {
          if (waited > 60_000) throw new Error("the escalation never reached the node");
          await sleep(10);
        }
        await held.kill();
        expect(await pendingOf(cutBeforeChainStep), "left pending by the kill").toBe(1);
        expect(await onChain(cutBeforeChainStep)).toBe(false);
        await advanceChainTime(platform, 2 * 60 * 60);
      } finally {
        await provider.send("evm_setAutomine", [true]);
      }
      // The citizens' signatures of the others have expired unused too: reconciling leaves
      // nothing of them, and no stored document that the chain does not name.
      await reconcileEscalations(records, reader);
      expect(await onChain(cutBeforeChainStep), "its late transaction failed").toBe(false);
      expect(await records.prisma.pendingEscalation.count()).toBe(0);
      expect(await documentsNotOnChain(records, platform)).toEqual([]);

      // They escalate again, to the end: every one opens for the superior.
      for (const appeal of filed.filter((candidate) => !escalated.includes(candidate))) {
        const again = escalate(appeal);
        await again.line(/^escalated \d+$/);
        await again.group.stop();
      }
      await indexReachesHead(platformIndex, platform);
      await expectAppealsOpen(records, platformIndex, reader, filed);
      appeals.push(...filed);
    },
  );

  test.skipIf(skip)(
    "(a) the index deleted and rebuilt from the chain: every QR code and appeal opens",
    async () => {
      await platform.stop();
      const deleted = platform.databases.index;
      if (deleted.startsWith("file:")) {
        for (const suffix of ["", "-wal", "-shm"]) {
          rmSync(`${deleted.slice("file:".length)}${suffix}`, { force: true });
        }
      }
      platform = await start("rebuilt", {
        recordsUrl: platform.databases.records,
        // A server's database is replaced by a new, empty one.
        indexUrl: deleted.startsWith("file:") ? deleted : await backend.newDatabaseUrl(),
      });
      const rebuilt = await openIndexOf(platform);
      await expectQrCodesOpen(records, chainAccess.reader, qrCodes());
      await expectAppealsOpen(records, rebuilt, chainAccess.reader, appeals);
      // The school's list shows its class as valid again, from the rebuilt index.
      const orgId = classes[0]!.diplomas[0]!.document.orgId;
      const facts = await diplomaChainFacts(rebuilt, orgId);
      const valid = await searchIssuedDiplomas(records, facts, {
        orgId,
        status: "Valid",
        text: `K${letter}`,
      });
      expect(valid.total).toBe(classSize);
    },
  );

  test.skipIf(skip)(
    "(b) a backup taken while the platform writes restores into a fresh platform: the same holds",
    async () => {
      const backup = join(workDir, `${backend.provider}.records-backup`);
      // Classes stored one after another while the backup runs: each is in it whole, or not.
      const during: DrillClass[] = [];
      for (const part of ["A", "B", "C", "D"]) {
        during.push(await issueClass(platform, demo, 250, `B${letter}${part}`));
      }
      const backingUp = recordsCli(platform.databases.records, ["backup", backup]);
      for (const drillClass of during) await storeIssuedDiplomas(records, drillClass.diplomas);
      const backedUp = await backingUp;
      expect(backedUp.code, backedUp.output).toBe(0);

      // Restored only into an empty database: the platform's own is refused, in one sentence.
      const refused = await recordsCli(platform.databases.records, ["restore", backup]);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(
        /^records restore: The records database is not empty \(\w+ holds \d+ rows\): restore only into an empty database\.$/m,
      );
      const restoredUrl = await backend.newDatabaseUrl();
      const restoring = await recordsCli(restoredUrl, ["restore", backup]);
      expect(restoring.code, restoring.output).toBe(0);
      restoredFrom[backend.provider] = { backup, url: restoredUrl };

      await platform.stop();
      platform = await start("restored", {
        recordsUrl: restoredUrl,
        indexUrl: await backend.newDatabaseUrl(),
      });
      const restored = await openRecords(restoredUrl);
      try {
        const inBackup: DrillClass[] = [];
        for (const drillClass of during) {
          const rows = await classRows(restored, drillClass.root);
          expect([0, drillClass.diplomas.length]).toContain(rows);
          if (rows > 0) inBackup.push(drillClass);
        }
        drill(
          `classes stored during the backup that it holds: ${inBackup.length} of ${during.length}`,
        );
        expect(await unmatchedDiplomaRecords(restored)).toEqual(allMatched);
        classes.push(...inBackup);
        await expectQrCodesOpen(restored, chainAccess.reader, qrCodes());
        await expectAppealsOpen(restored, await openIndexOf(platform), chainAccess.reader, appeals);
      } finally {
        await closeRecords(restored);
      }
    },
  );
});

describe("a backup is the records' own format", () => {
  test.skipIf(backends.some((backend) => backend.skipReason !== null))(
    "a SQLite backup restores into PostgreSQL row for row, and back",
    async () => {
      const [sqlite, postgres] = backends as [(typeof backends)[0], (typeof backends)[0]];
      const fromSqlite = restoredFrom.sqlite!;
      const intoPostgres = await postgres.newDatabaseUrl();
      expect((await recordsCli(intoPostgres, ["restore", fromSqlite.backup])).code).toBe(0);
      const fromPostgres = join(workDir, "postgres-copy.records-backup");
      expect((await recordsCli(intoPostgres, ["backup", fromPostgres])).code).toBe(0);
      const backIntoSqlite = await sqlite.newDatabaseUrl();
      expect((await recordsCli(backIntoSqlite, ["restore", fromPostgres])).code).toBe(0);
      const dumps = [];
      for (const url of [fromSqlite.url, intoPostgres, backIntoSqlite]) {
        const records = await openRecords(url);
        try {
          dumps.push(await dumpRecords(records));
        } finally {
          await closeRecords(records);
        }
      }
      expect(dumps[0]!.issuedDiplomas.length).toBeGreaterThan(classSize);
      expect(dumps[1]).toEqual(dumps[0]);
      expect(dumps[2]).toEqual(dumps[0]);
    },
  );
});

/** Every record in a stable order, bytes as hex, for comparing two databases. */
async function dumpRecords(records: RecordsDatabase) {
  const { prisma } = records;
  return {
    issuedDiplomas: await prisma.issuedDiploma.findMany({ orderBy: { certificateHash: "asc" } }),
    copies: await prisma.diplomaCopy.findMany({ orderBy: { id: "asc" } }),
    documents: (await prisma.appealDocument.findMany({ orderBy: { commitment: "asc" } })).map(
      (document) => ({ ...document, blob: Buffer.from(document.blob).toString("hex") }),
    ),
    wraps: await prisma.appealKeyWrap.findMany({
      orderBy: [{ commitment: "asc" }, { recipient: "asc" }],
    }),
    agencyKeys: await prisma.appealAgencyKey.findMany({ orderBy: { agencyId: "asc" } }),
    pending: await prisma.pendingEscalation.findMany({
      orderBy: [{ appealId: "asc" }, { complaintCommitment: "asc" }],
    }),
  };
}
