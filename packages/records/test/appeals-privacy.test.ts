// Issue #5, done-when 3: an appeal's text, its attachment and the agency's answer appear nowhere
// on the chain (no transaction input, no log) and nowhere readable in the records' or the
// index's database (every table, every column), while the citizen and the assigned agency
// read them back.
import { hexlify, toUtf8Bytes } from "ethers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startDemoChain, type DemoChain } from "@ishonch/devnet";
import {
  answerAppeal,
  connectIshonch,
  devAgencyKeyPair,
  fileAppeal,
  openAsAgency,
  openAsCitizen,
  prepareAgencyDocument,
  prepareAppeal,
  relayerSignerFromEnv,
  startReview,
  type IshonchDeployment,
  type PreparedAppeal,
  type SealedDocument,
} from "@ishonch/sdk";
import type { IndexDatabase } from "@ishonch/index";
import { indexToHead } from "@ishonch/index/indexer";
import { loadSealedDocument, storeSealedDocument, type RecordsDatabase } from "../src/index.ts";
import { closeStores, openStores, testBackends, type Store } from "./support/databases.ts";

const appealText = "SYNTHETIC privacy probe: Quvasoyqalpoq street, flat 17, leaking roof.";
const attachmentMarker = "Zarafshonbekatfile";
const answerText = "SYNTHETIC privacy answer: a roofer visits Kumushtepaovul on Monday.";
/** Distinctive words: a partial leak of the texts is still a leak. */
const secretWords = [appealText, answerText, "Quvasoyqalpoq", attachmentMarker, "Kumushtepaovul"];
/** A PDF by its magic bytes, carrying the marker as its body. */
const attachment = { name: "probe.pdf", data: toUtf8Bytes(`%PDF-1.4\n${attachmentMarker}\n%%EOF`) };

let demoChain: DemoChain;
let deployment: IshonchDeployment;
let agencyId: number;
let prepared: PreparedAppeal;
let answer: SealedDocument;
const backends = testBackends().filter((backend) => backend.skipReason === null);
/** On each backend, the records and the index of the same chain. */
let stores: Store[] = [];

/** Lower-case hex, no 0x, of a string's UTF-8 bytes. */
function utf8Hex(text: string): string {
  return hexlify(toUtf8Bytes(text)).slice(2);
}

/**
 * The forms in which a word could leak into a hex blob or a database value: its UTF-8 bytes
 * (as raw text and as hex), and its hex spelling stored as text (as is and hex-encoded again).
 */
function leakedForms(word: string): string[] {
  return [word, utf8Hex(word), utf8Hex(utf8Hex(word))].map((form) => form.toLowerCase());
}

function leaksIn(haystack: string): string[] {
  const lower = haystack.toLowerCase();
  return secretWords.flatMap((word) => leakedForms(word).filter((form) => lower.includes(form)));
}

beforeAll(async () => {
  demoChain = await startDemoChain("appeals-privacy");
  ({ deployment } = demoChain);
  const { demo, provider } = demoChain;
  const officer = demo.accounts.find((account) => account.role === "AppealsOfficer")!;
  agencyId = officer.orgId;
  const agencyKey = { agencyId, publicKey: devAgencyKeyPair(agencyId).publicKey };
  const relayer = connectIshonch(deployment, await relayerSignerFromEnv({}, provider));
  const officerContracts = connectIshonch(deployment, await provider.getSigner(officer.index));
  prepared = await prepareAppeal({
    appealType: "Complaint",
    agencyId,
    agencyKey,
    text: appealText,
    files: [attachment],
  });
  const opened = await openAsAgency(
    prepared.sealed,
    agencyId,
    devAgencyKeyPair(agencyId).privateKey,
  );
  answer = await prepareAgencyDocument({
    kind: "answer",
    citizenPublicKey: opened.citizenPublicKey!,
    agencies: [agencyKey],
    text: answerText,
  });
  stores = await openStores(backends);
  for (const { records } of stores) {
    await storeSealedDocument(records, prepared.sealed, "citizen");
    await storeSealedDocument(records, answer, officer.address);
  }
  const { id } = await fileAppeal(relayer, {
    agencyId,
    appealType: "Complaint",
    contentCommitment: prepared.sealed.commitment,
    citizenKey: prepared.citizenKey,
  });
  await startReview(officerContracts, id);
  await answerAppeal(officerContracts, id, answer.commitment);
  for (const { index } of stores) await indexToHead(index, deployment, { batchBlocks: 1_000 });
});

afterAll(async () => {
  await closeStores(stores, backends);
  await demoChain?.stop();
});

test("no transaction input and no log of the chain carries the texts", async () => {
  const { provider } = demoChain;
  const head = await provider.getBlockNumber();
  const inputs: string[] = [];
  for (let number = 0; number <= head; number++) {
    const block = (await provider.send("eth_getBlockByNumber", [
      `0x${number.toString(16)}`,
      true,
    ])) as { transactions: { input: string }[] };
    inputs.push(...block.transactions.map((transaction) => transaction.input));
  }
  const logs = (await provider.send("eth_getLogs", [
    { fromBlock: "0x0", toBlock: `0x${head.toString(16)}` },
  ])) as { data: string; topics: string[] }[];
  // The scan must see the appeal's own transactions, or it proves nothing.
  expect(inputs.some((input) => input.includes(prepared.sealed.commitment.slice(2)))).toBe(true);
  expect(logs.some((log) => log.data.includes(answer.commitment.slice(2)))).toBe(true);
  expect(inputs.flatMap(leaksIn)).toEqual([]);
  expect(logs.flatMap((log) => leaksIn([log.data, ...log.topics].join("")))).toEqual([]);
});

/** Every row of every table, each value in every readable form (text, UTF-8, Latin-1, hex). */
async function dumpEveryTable(
  db: IndexDatabase | RecordsDatabase,
): Promise<Record<string, string>> {
  const tables =
    db.provider === "sqlite"
      ? await db.prisma.$queryRawUnsafe<{ name: string }[]>(
          "SELECT name FROM sqlite_master WHERE type = 'table'",
        )
      : await db.prisma.$queryRawUnsafe<{ name: string }[]>(
          "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()",
        );
  const dump: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT * FROM "${name}"`,
    );
    dump[name] = JSON.stringify(rows, (_key, value: unknown) => {
      if (typeof value === "bigint") return value.toString();
      if (value instanceof Uint8Array) {
        const bytes = Buffer.from(value);
        return [bytes.toString("utf8"), bytes.toString("latin1"), bytes.toString("hex")].join("|");
      }
      return value;
    });
  }
  return dump;
}

describe.each(backends.map((backend, i) => [backend.provider, i] as const))(
  "the records and the index on %s",
  (_, i) => {
    test("hold the sealed documents, but no table has the texts in readable form", async () => {
      const { records, index } = stores[i]!;
      for (const db of [records, index]) {
        const dump = await dumpEveryTable(db);
        expect(Object.keys(dump).length).toBeGreaterThan(5);
        // Each database's check must see the appeal's rows (documents; appeals, events).
        expect(Object.values(dump).join("")).toContain(prepared.sealed.commitment.slice(2));
        const leaks = Object.entries(dump).filter(([, rows]) => leaksIn(rows).length > 0);
        expect(leaks.map(([table]) => table)).toEqual([]);
      }
    });

    test("the citizen and the assigned agency read the appeal and the answer", async () => {
      const db = stores[i]!.records;
      const agencyKey = devAgencyKeyPair(agencyId).privateKey;
      const appeal = (await loadSealedDocument(db, prepared.sealed.commitment))!;
      const asAgency = await openAsAgency(appeal, agencyId, agencyKey);
      expect(asAgency.text).toBe(appealText);
      expect(Buffer.from(asAgency.attachments[0]!.data).toString()).toContain(attachmentMarker);
      expect((await openAsCitizen(appeal, prepared.secret)).text).toBe(appealText);
      const stored = (await loadSealedDocument(db, answer.commitment))!;
      expect((await openAsCitizen(stored, prepared.secret)).text).toBe(answerText);
      await expect(openAsAgency(appeal, agencyId + 1, agencyKey)).rejects.toThrow();
    });
  },
);
