import type { JsonRpcProvider } from "ethers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startDemoChain, type DemoChain } from "@ishonch/devnet";
import {
  REASON_FRAUD,
  encryptDocument,
  REASON_SUPERSEDED,
  connectIshonch,
  hideDiplomaField,
  issueBatch,
  prepareDiploma,
  revokeCertificate,
  supersede,
  diplomaNumberVerdict,
  verifyDiplomaNumber,
  verifyDiplomaNumbers,
  verifyDocument,
  type DiplomaVerdict,
  type DiplomaDocument,
  type DiplomaFields,
  type IshonchContracts,
  type IshonchDeployment,
} from "@ishonch/sdk";
import { clearIndex, indexToHead } from "@ishonch/index/indexer";
import { connectPinnedReader } from "@ishonch/sdk/node";
import { diplomaChainFacts } from "@ishonch/index";
import {
  findDiplomasByNumber,
  findDiplomasByNumbers,
  loadDiplomaCopy,
  searchIssuedDiplomas,
  storeIssuedDiplomas,
  type IssuedDiplomaRecord,
  type IssuedDiplomaSearch,
  type RecordsDatabase,
} from "../src/index.ts";
import { closeStores, openStores, testBackends, type Store } from "./support/databases.ts";

// SYNTHETIC graduates only.
function graduate(i: number): DiplomaFields {
  return {
    holderNameLatin: ["Sinov Aliyeva Zarina", "Sinov Karimov Botir", "Sinov Oʻrinova Lola"][i]!,
    holderNameCyrillic: "",
    dateOfBirth: "2002-02-0" + (i + 1),
    studentId: `IDX-${i}`,
    faculty: "Sinov fakulteti",
    programme: i === 2 ? "Tarix" : "Fizika",
    degreeLevel: "Master",
    grade: "4.8",
    graduationDate: i === 2 ? "2023-06-30" : "2025-06-30",
    series: "IX",
    number: String(100 + i),
  };
}

let demoChain: DemoChain;
let deployment: IshonchDeployment;
let issuer: IshonchContracts;
let revoker: IshonchContracts;
let orgId: number;
let documents: DiplomaDocument[];
/** The documents with the copies first stored of them. */
let diplomas: IssuedDiplomaRecord[];
const backends = testBackends().filter((backend) => backend.skipReason === null);
/** On each backend, the records and the index of the same chain. */
let stores: Store[] = [];
let provider: JsonRpcProvider;

async function indexAll(): Promise<void> {
  for (const { index } of stores) await indexToHead(index, deployment, { batchBlocks: 1_000 });
}

/** The staff search as the officials app runs it: the records, told the chain's facts. */
async function search(store: (typeof stores)[number], query: IssuedDiplomaSearch) {
  return searchIssuedDiplomas(
    store.records,
    await diplomaChainFacts(store.index, query.orgId),
    query,
  );
}

/** The diplomas with their encrypted copies, as the officials app stores an issuance. */
async function withCopies(issued: DiplomaDocument[]) {
  return Promise.all(
    issued.map(async (document) => {
      const { id, ciphertext } = await encryptDocument(document);
      return { document, copy: { id, ciphertext } };
    }),
  );
}

beforeAll(async () => {
  demoChain = await startDemoChain("certificates-test");
  ({ deployment, provider } = demoChain);
  const { demo } = demoChain;
  const issuing = demo.accounts.find((account) => account.role === "DiplomaIssuer")!;
  const revoking = demo.accounts.find(
    (account) => account.role === "DiplomaRevoker" && account.orgId === issuing.orgId,
  )!;
  orgId = issuing.orgId;
  issuer = connectIshonch(deployment, await provider.getSigner(issuing.index));
  revoker = connectIshonch(deployment, await provider.getSigner(revoking.index));
  const issued = await issueBatch(
    issuer,
    [0, 1, 2].map((i) => prepareDiploma(orgId, graduate(i))),
  );
  documents = issued.documents;
  diplomas = await withCopies(documents);
  stores = await openStores(backends);
  for (const { records } of stores) await storeIssuedDiplomas(records, diplomas);
  await indexAll();
});

afterAll(async () => {
  await closeStores(stores, backends);
  await demoChain?.stop();
});

describe("verdicts on the chain", () => {
  test("an issued diploma is valid, with the issuer and the anchoring transaction", async () => {
    const verdict = await verifyDocument(issuer, documents[0]!);
    expect(verdict.kind).toBe("valid");
    if (verdict.kind !== "valid") return;
    expect(verdict.evidence.orgId).toBe(orgId);
    expect(verdict.evidence.organization?.status).toBe("Active");
    expect(verdict.evidence.transactionHash).toMatch(/^0x[0-9a-f]{64}$/);
    const receipt = await provider.getTransactionReceipt(verdict.evidence.transactionHash!);
    expect(receipt?.blockNumber).toBe(verdict.evidence.issuedBlock);
  });

  test("one letter of the name changed is tampered; the GPA hidden is still valid", async () => {
    const original = documents[1]!;
    const name = original.fields.holderNameLatin as { value: string; salt: string };
    const forged: DiplomaDocument = {
      ...original,
      fields: { ...original.fields, holderNameLatin: { ...name, value: "Sinov Karimov Batir" } },
    };
    expect((await verifyDocument(issuer, forged)).kind).toBe("tampered");
    expect((await verifyDocument(issuer, hideDiplomaField(original, "grade"))).kind).toBe("valid");
    // Batches are kept per organization: the organization the altered document names never
    // issued this root, so nothing vouches for it.
    const otherIssuer = { ...original, orgId: orgId + 1 };
    expect((await verifyDocument(issuer, otherIssuer)).kind).toBe("notIssued");
  });

  test("a root that was never issued is not issued; another registry's document too", async () => {
    const [document] = documents;
    const unknownRoot = {
      ...document!,
      anchor: { ...document!.anchor, root: `0x${"ab".repeat(32)}` },
    };
    expect(await verifyDocument(issuer, unknownRoot)).toEqual({
      kind: "notIssued",
      evidence: null,
      otherDeployment: false,
    });
    const elsewhere = { ...document!, anchor: { ...document!.anchor, chainId: 1 } };
    expect((await verifyDocument(issuer, elsewhere)).kind).toBe("notIssued");
  });

  test("an outsider cannot issue for the university", async () => {
    const outsider = connectIshonch(deployment, await provider.getSigner(15));
    await expect(issueBatch(outsider, [prepareDiploma(orgId, graduate(0))])).rejects.toMatchObject({
      code: "MissingStaffRole",
    });
  });
});

describe.each(backends.map((backend, i) => [backend.provider, i] as const))(
  "diplomas in the records on %s",
  (_, i) => {
    test("staff search by name, year, programme; the number lookup holds no name", async () => {
      const store = stores[i]!;
      const all = await search(store, { orgId });
      expect(all.total).toBe(3);
      expect(all.items.every((row) => row.status === "Valid" || row.status === "Revoked")).toBe(
        true,
      );
      const byName = await search(store, { orgId, text: "o'rinova" });
      expect(byName.items.map((row) => row.holderName)).toEqual(["Sinov Oʻrinova Lola"]);
      expect((await search(store, { orgId, year: 2023 })).total).toBe(1);
      expect((await search(store, { orgId, programme: "Fizika" })).total).toBe(2);
      expect((await search(store, { orgId: orgId + 1 })).total).toBe(0);

      const records = await findDiplomasByNumber(store.records, "ix", "101");
      expect(records).toHaveLength(1);
      expect(JSON.stringify(records)).not.toContain("Karimov");
      const verdict = await verifyDiplomaNumber(issuer, "IX", "101", records[0]!);
      expect(verdict.kind).toBe("valid");
      // The same record offered for another number proves nothing.
      expect((await verifyDiplomaNumber(issuer, "IX", "102", records[0]!)).kind).toBe("tampered");
    });

    test("copies are stored by id, once; a diploma published again has both QR codes open", async () => {
      const { records } = stores[i]!;
      const [first] = diplomas;
      // The same class again (a retried request), and one copy id with other content: the
      // first ones stay, nothing is stored twice.
      await storeIssuedDiplomas(records, diplomas);
      await storeIssuedDiplomas(records, [
        { ...first!, copy: { id: first!.copy.id, ciphertext: "b3RoZXI" } },
      ]);
      expect(await loadDiplomaCopy(records, first!.copy.id)).toBe(first!.copy.ciphertext);
      expect(await records.prisma.diplomaCopy.count()).toBe(3);
      expect(await records.prisma.issuedDiploma.count()).toBe(3);
      // Published again with new copies (new QR keys): every copy opens, still one row each.
      const again = await withCopies(documents);
      await storeIssuedDiplomas(records, again);
      expect(await records.prisma.issuedDiploma.count()).toBe(3);
      for (const { copy } of [...diplomas, ...again]) {
        expect(await loadDiplomaCopy(records, copy.id)).toBe(copy.ciphertext);
      }
      expect(await loadDiplomaCopy(records, "missing")).toBeNull();
    });
  },
);

describe("revocation", () => {
  test("is a verdict with its reason on chain, a status in the search, and survives a rebuild of the index", async () => {
    await revokeCertificate(revoker, documents[2]!, REASON_FRAUD);
    const verdict = await verifyDocument(issuer, documents[2]!);
    expect(verdict).toMatchObject({ kind: "revoked", reason: REASON_FRAUD, reasonName: "Fraud" });
    await indexAll();
    for (const store of stores) {
      const revoked = await search(store, { orgId, status: "Revoked" });
      expect(revoked.items.map((row) => [row.number, row.revocationReason])).toEqual([
        ["102", REASON_FRAUD],
      ]);
      expect((await search(store, { orgId, status: "Valid" })).total).toBe(2);
      // The index dropped and rebuilt from the chain: the issuer's own rows are untouched.
      await clearIndex(store.index);
      expect((await search(store, { orgId })).items.map((row) => row.status)).toEqual([
        "Pending",
        "Pending",
        "Pending",
      ]);
      await indexToHead(store.index, deployment);
      expect((await search(store, { orgId, status: "Revoked" })).total).toBe(1);
      expect((await search(store, { orgId })).total).toBe(3);
    }
  });
});

describe("correction", () => {
  test("the replaced diploma is Superseded in the staff search, its correction Valid", async () => {
    const corrected = { ...graduate(1), holderNameLatin: "Sinov Karimov Botirjon" };
    const correction = (await issueBatch(issuer, [prepareDiploma(orgId, corrected)])).documents;
    await supersede(revoker, documents[1]!, correction[0]!);
    const correctionWithCopy = await withCopies(correction);
    for (const { records } of stores) await storeIssuedDiplomas(records, correctionWithCopy);
    await indexAll();
    for (const store of stores) {
      const byNumber = await search(store, { orgId, text: "IX 101" });
      expect(
        byNumber.items.map((row) => [row.holderName, row.status, row.revocationReason]),
      ).toEqual([
        ["Sinov Karimov Botirjon", "Valid", null],
        ["Sinov Karimov Botir", "Superseded", REASON_SUPERSEDED],
      ]);
      const superseded = await search(store, { orgId, status: "Superseded" });
      expect(superseded.items.map((row) => row.holderName)).toEqual(["Sinov Karimov Botir"]);
      // Revoked (102, fraud) and Superseded are told apart; Valid excludes both.
      const revoked = await search(store, { orgId, status: "Revoked" });
      expect(revoked.items.map((row) => row.number)).toEqual(["102"]);
      const valid = await search(store, { orgId, status: "Valid" });
      expect(valid.items.map((row) => row.holderName).sort()).toEqual([
        "Sinov Aliyeva Zarina",
        "Sinov Karimov Botirjon",
      ]);
    }
  });
});

describe("the number check", () => {
  /** The one verdict the citizen site shows for a typed number. */
  async function checkNumber(records: RecordsDatabase, series: string, number: string) {
    const found = await findDiplomasByNumber(records, series, number);
    const verdicts = await Promise.all(
      found.map((record) => verifyDiplomaNumber(issuer, series, number, record)),
    );
    return diplomaNumberVerdict(verdicts);
  }

  test("never says genuine while a diploma with that number is revoked, even beside a valid copy", async () => {
    // Attack: the diploma IX 102 was revoked for fraud; the issuer anchors the same diploma
    // again with fresh salts (a new certificate hash) and records it.
    const copy = (await issueBatch(issuer, [prepareDiploma(orgId, graduate(2))])).documents;
    expect((await verifyDocument(issuer, copy[0]!)).kind).toBe("valid");
    const copyWithRecord = await withCopies(copy);
    for (const { records } of stores) {
      await storeIssuedDiplomas(records, copyWithRecord);
      expect(await findDiplomasByNumber(records, "IX", "102")).toHaveLength(2);
      expect(await checkNumber(records, "IX", "102")).toMatchObject({
        kind: "revoked",
        reason: REASON_FRAUD,
      });
      // A correction is no revocation that hides anything: IX 101 reads as its correction.
      expect((await checkNumber(records, "IX", "101"))?.kind).toBe("valid");
    }
  });

  test("the bulk check gives every number the single check's verdict, from one records query", async () => {
    const numbers = [
      { series: "IX", number: "100" },
      { series: "IX", number: "101" },
      { series: "IX", number: "102" },
      { series: "IX", number: "999" },
      { series: "ix", number: "100" },
      { series: "IX", number: "102" },
    ];
    // The anchoring transaction is a log query per batch: the bulk check leaves it out.
    const withoutTransaction = (verdict: DiplomaVerdict | null) =>
      verdict?.evidence
        ? { ...verdict, evidence: { ...verdict.evidence, transactionHash: null } }
        : verdict;
    for (const { records } of stores) {
      const found = await findDiplomasByNumbers(records, numbers);
      expect(found.map((list) => list.length)).toEqual([1, 2, 2, 0, 1, 2]);
      for (const [i, { series, number }] of numbers.entries()) {
        expect(found[i]).toEqual(await findDiplomasByNumber(records, series, number));
      }
      // Chunks of two certificates: seven certificates in four verifyMany calls.
      const bulk = await verifyDiplomaNumbers(
        issuer,
        numbers.map((entry, i) => ({ ...entry, records: found[i]! })),
        { chunkSize: 2 },
      );
      const single = await Promise.all(
        numbers.map(({ series, number }) => checkNumber(records, series, number)),
      );
      expect(bulk.map((verdict) => verdict?.kind ?? null)).toEqual([
        "valid",
        "valid",
        "revoked",
        null,
        "valid",
        "revoked",
      ]);
      expect(bulk).toEqual(single.map(withoutTransaction));
      // As the citizen site reads: a snapshot, its block sent with plain eth_calls.
      const snapshot = await connectPinnedReader(deployment);
      const pinned = await verifyDiplomaNumbers(
        snapshot.contracts,
        numbers.map((entry, i) => ({ ...entry, records: found[i]! })),
        { blockNumber: snapshot.blockNumber },
      );
      expect(pinned).toEqual(bulk);
      expect(await findDiplomasByNumbers(records, [])).toEqual([]);
      // The most a bulk check takes (1,000 numbers) is still one query.
      const many = Array.from({ length: 1_000 }, (_, i) => ({ series: "IX", number: String(i) }));
      const manyFound = await findDiplomasByNumbers(records, many);
      expect(manyFound.map((list) => list.length)).toEqual(
        many.map(({ number }) =>
          number === "100" ? 1 : number === "101" || number === "102" ? 2 : 0,
        ),
      );
    }
  });
});
