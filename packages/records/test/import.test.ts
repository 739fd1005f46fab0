// The demo seed's off-chain records, through `records import FILE` as the platform starter
// runs it: afterwards a seeded diploma's QR code opens and verifies, and a seeded appeal
// opens for its agency.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startDemoChain, type DemoChain, type SeededDemoData } from "@ishonch/devnet";
import {
  connectIshonch,
  decryptDocument,
  devAgencyKeyPair,
  openAsAgency,
  verifyDocument,
  type IshonchContracts,
  type IshonchDeployment,
} from "@ishonch/sdk";
import { appealInbox, closeIndex, diplomaChainFacts, type IndexDatabase } from "@ishonch/index";
import { indexToHead } from "@ishonch/index/indexer";
import {
  closeRecords,
  loadDiplomaCopy,
  loadSealedDocument,
  openRecords,
  searchIssuedDiplomas,
  type RecordsDatabase,
} from "../src/index.ts";
import { openNewIndex, testBackends } from "./support/databases.ts";
import { recordsCli } from "./support/processes.ts";

/** `records import FILE` in its own process, as the platform starter runs it. */
const importWithCli = (databaseUrl: string, file: string) =>
  recordsCli(databaseUrl, ["import", file]);

let demoChain: DemoChain;
let deployment: IshonchDeployment;
let demo: SeededDemoData;
let reader: IshonchContracts;
let recordsFile: string;
const backends = testBackends();

beforeAll(async () => {
  demoChain = await startDemoChain("offchain-test");
  ({ deployment, demo } = demoChain);
  recordsFile = join(demoChain.workDir, "seed-offchain.json");
  writeFileSync(recordsFile, JSON.stringify(demo.offchain));
  reader = connectIshonch(deployment, demoChain.provider);
});

afterAll(async () => {
  for (const backend of backends) await backend.cleanUp();
  await demoChain?.stop();
});

test("the seed's records hold no QR key", () => {
  const text = JSON.stringify(demo.offchain);
  expect(demo.diplomaQrCodes).toHaveLength(demo.offchain.diplomas.length);
  for (const { key } of demo.diplomaQrCodes) expect(text).not.toContain(key);
});

test("a broken records file is refused with the part named, and nothing is stored", async () => {
  const backend = backends.find((candidate) => candidate.provider === "sqlite")!;
  const databaseUrl = await backend.newDatabaseUrl();
  const broken = structuredClone(demo.offchain);
  broken.sealedDocuments[1]!.commitment = "0x1234";
  const brokenFile = join(demoChain.workDir, "broken.json");
  writeFileSync(brokenFile, JSON.stringify(broken));
  const refused = await importWithCli(databaseUrl, brokenFile);
  expect(refused.code).toBe(1);
  expect(refused.output).toContain("sealedDocuments[1].commitment is not a bytes32 hex");
  // Refused before the database was touched: the SQLite file was not even created.
  expect(existsSync(databaseUrl.slice("file:".length))).toBe(false);
});

describe.each(backends)("imported into $provider", (backend) => {
  let records: RecordsDatabase;
  let index: IndexDatabase;

  beforeAll(async () => {
    if (backend.skipReason) return;
    const databaseUrl = await backend.newDatabaseUrl();
    // Twice, as a restarted `npm start` on a kept database would: nothing is stored twice.
    for (let i = 0; i < 2; i++) {
      const imported = await importWithCli(databaseUrl, recordsFile);
      expect(imported.output).toContain(
        `imported diplomas: ${demo.offchain.diplomas.length}, ` +
          `sealed appeal documents: ${demo.offchain.sealedDocuments.length}`,
      );
      expect(imported.code).toBe(0);
    }
    records = await openRecords(databaseUrl);
    index = await openNewIndex(backend);
    await indexToHead(index, deployment, { batchBlocks: 1_000 });
  });

  afterAll(async () => {
    if (records) await closeRecords(records);
    if (index) await closeIndex(index);
  });

  test.skipIf(backend.skipReason)("a seeded diploma's QR code opens and is valid", async () => {
    for (const qr of demo.diplomaQrCodes) {
      const ciphertext = await loadDiplomaCopy(records, qr.id);
      expect(ciphertext).not.toBeNull();
      const document = await decryptDocument(ciphertext!, qr.key, qr.id);
      expect(document.fields.holderNameLatin).toEqual(
        expect.objectContaining({ value: qr.holderNameLatin }),
      );
      const verdict = await verifyDocument(reader, document);
      expect(verdict.kind).toBe(qr.revoked ? "revoked" : "valid");
    }
  });

  test.skipIf(backend.skipReason)("the school lists its seeded diplomas once each", async () => {
    const orgId = demo.offchain.diplomas[0]!.document.orgId;
    const facts = await diplomaChainFacts(index, orgId);
    const listed = await searchIssuedDiplomas(records, facts, { orgId, pageSize: 50 });
    expect(listed.total).toBe(demo.diplomaQrCodes.length);
    const statuses = listed.items.map((row) => `${row.number}:${row.status}`).sort();
    expect(statuses).toEqual(
      demo.diplomaQrCodes.map((qr) => `${qr.number}:${qr.revoked ? "Revoked" : "Valid"}`).sort(),
    );
    expect(await records.prisma.appealDocument.count()).toBe(demo.offchain.sealedDocuments.length);
  });

  test.skipIf(backend.skipReason)("a seeded appeal opens for its agency", async () => {
    const officer = demo.accounts.find((account) => account.role === "AppealsOfficer")!;
    const agencyId = officer.orgId;
    const inbox = await appealInbox(index, { agencyId, now: new Date() });
    expect(inbox.total).toBeGreaterThan(0);
    const opened = await Promise.all(
      inbox.items.map(async (appeal) => {
        const sealed = await loadSealedDocument(records, appeal.contentCommitment);
        expect(sealed).not.toBeNull();
        return openAsAgency(sealed!, agencyId, devAgencyKeyPair(agencyId).privateKey);
      }),
    );
    expect(opened.map((document) => document.text)).toContain(
      "SYNTHETIC demo statement: please confirm the demo exam date for test group 7.",
    );
  });
});
