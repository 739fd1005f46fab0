import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonRpcProvider } from "ethers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deployIshonch, seedDemoData, startChain, type LocalChain } from "@ishonch/devnet";
import {
  REASON_FRAUD,
  REASON_SUPERSEDED,
  connectIshonch,
  hideDiplomaField,
  issueBatch,
  prepareDiploma,
  revokeCertificate,
  supersede,
  verifyDiplomaNumber,
  verifyDocument,
  type DiplomaDocument,
  type DiplomaFields,
  type IshonchContracts,
  type IshonchDeployment,
} from "@ishonch/sdk";
import {
  closeIndex,
  findDiplomasByNumber,
  loadDiplomaCiphertext,
  searchIssuedDiplomas,
  storeDiplomaCiphertexts,
  storeIssuedDiplomas,
  type IndexDatabase,
} from "../src/index.ts";
import { runIndexer } from "../src/indexer-entry.ts";
import { rebuildProjections } from "../src/projections/index.ts";
import { openNewIndex, testBackends } from "./support/databases.ts";

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

let chain: LocalChain;
let deployment: IshonchDeployment;
let issuer: IshonchContracts;
let revoker: IshonchContracts;
let orgId: number;
let documents: DiplomaDocument[];
const backends = testBackends().filter((backend) => backend.skipReason === null);
const openIndexes: IndexDatabase[] = [];
let provider: JsonRpcProvider;

async function indexAll(): Promise<void> {
  for (const db of openIndexes) {
    await runIndexer({ db, deployment, stopAtHead: true, batchBlocks: 1_000, log: () => {} });
  }
}

beforeAll(async () => {
  chain = await startChain();
  const workDir = mkdtempSync(join(tmpdir(), "ishonch-certificates-test-"));
  deployment = await deployIshonch({
    rpcUrl: chain.rpcUrl,
    deploymentFile: join(workDir, "deployment.json"),
  });
  const demo = await seedDemoData(deployment, chain.rpcUrl);
  const issuing = demo.accounts.find((account) => account.role === "DiplomaIssuer")!;
  const revoking = demo.accounts.find(
    (account) => account.role === "DiplomaRevoker" && account.orgId === issuing.orgId,
  )!;
  orgId = issuing.orgId;
  provider = new JsonRpcProvider(chain.rpcUrl, deployment.chainId, { staticNetwork: true });
  issuer = connectIshonch(deployment, await provider.getSigner(issuing.index));
  revoker = connectIshonch(deployment, await provider.getSigner(revoking.index));
  const issued = await issueBatch(
    issuer,
    [0, 1, 2].map((i) => prepareDiploma(orgId, graduate(i))),
  );
  documents = issued.documents;
  for (const backend of backends) {
    const db = await openNewIndex(backend);
    openIndexes.push(db);
    await storeIssuedDiplomas(
      db,
      documents.map((document) => ({ document, documentId: null })),
    );
  }
  await indexAll();
});

afterAll(async () => {
  provider?.destroy();
  for (const db of openIndexes) await closeIndex(db);
  for (const backend of backends) await backend.cleanUp();
  await chain?.stop();
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
    const otherIssuer = { ...original, orgId: orgId + 1 };
    expect((await verifyDocument(issuer, otherIssuer)).kind).toBe("tampered");
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
  "diplomas in the index on %s",
  (_, i) => {
    test("staff search by name, year, programme; the number lookup holds no name", async () => {
      const db = openIndexes[i]!;
      const all = await searchIssuedDiplomas(db, { orgId });
      expect(all.total).toBe(3);
      expect(all.items.every((row) => row.status === "Valid" || row.status === "Revoked")).toBe(
        true,
      );
      const byName = await searchIssuedDiplomas(db, { orgId, text: "o'rinova" });
      expect(byName.items.map((row) => row.holderName)).toEqual(["Sinov Oʻrinova Lola"]);
      expect((await searchIssuedDiplomas(db, { orgId, year: 2023 })).total).toBe(1);
      expect((await searchIssuedDiplomas(db, { orgId, programme: "Fizika" })).total).toBe(2);
      expect((await searchIssuedDiplomas(db, { orgId: orgId + 1 })).total).toBe(0);

      const records = await findDiplomasByNumber(db, "ix", "101");
      expect(records).toHaveLength(1);
      expect(JSON.stringify(records)).not.toContain("Karimov");
      const verdict = await verifyDiplomaNumber(issuer, "IX", "101", records[0]!);
      expect(verdict.kind).toBe("valid");
      // The same record offered for another number proves nothing.
      expect((await verifyDiplomaNumber(issuer, "IX", "102", records[0]!)).kind).toBe("tampered");
    });

    test("encrypted copies are stored by id, once", async () => {
      const db = openIndexes[i]!;
      await storeDiplomaCiphertexts(db, [{ id: `copy-${i}`, ciphertext: "c2VhbGVk" }]);
      await storeDiplomaCiphertexts(db, [{ id: `copy-${i}`, ciphertext: "b3RoZXI" }]);
      expect(await loadDiplomaCiphertext(db, `copy-${i}`)).toBe("c2VhbGVk");
      expect(await loadDiplomaCiphertext(db, "missing")).toBeNull();
    });
  },
);

describe("revocation", () => {
  test("is a verdict with its reason on chain, a status in the index, and survives a replay", async () => {
    await revokeCertificate(revoker, documents[2]!, REASON_FRAUD);
    const verdict = await verifyDocument(issuer, documents[2]!);
    expect(verdict).toMatchObject({ kind: "revoked", reason: REASON_FRAUD, reasonName: "Fraud" });
    await indexAll();
    for (const db of openIndexes) {
      const revoked = await searchIssuedDiplomas(db, { orgId, status: "Revoked" });
      expect(revoked.items.map((row) => [row.number, row.revocationReason])).toEqual([
        ["102", REASON_FRAUD],
      ]);
      expect((await searchIssuedDiplomas(db, { orgId, status: "Valid" })).total).toBe(2);
      // A replay of the log rebuilds the projections and keeps the issuer's own rows.
      await db.prisma.$transaction((tx) => rebuildProjections(tx));
      expect((await searchIssuedDiplomas(db, { orgId, status: "Revoked" })).total).toBe(1);
      expect((await searchIssuedDiplomas(db, { orgId })).total).toBe(3);
    }
  });
});

describe("correction", () => {
  test("the replaced diploma is Superseded in the staff search, its correction Valid", async () => {
    const corrected = { ...graduate(1), holderNameLatin: "Sinov Karimov Botirjon" };
    const correction = (await issueBatch(issuer, [prepareDiploma(orgId, corrected)])).documents;
    await supersede(revoker, documents[1]!, correction[0]!);
    for (const db of openIndexes) {
      await storeIssuedDiplomas(db, [{ document: correction[0]!, documentId: null }]);
    }
    await indexAll();
    for (const db of openIndexes) {
      const byNumber = await searchIssuedDiplomas(db, { orgId, text: "IX 101" });
      expect(
        byNumber.items.map((row) => [row.holderName, row.status, row.revocationReason]),
      ).toEqual([
        ["Sinov Karimov Botirjon", "Valid", null],
        ["Sinov Karimov Botir", "Superseded", REASON_SUPERSEDED],
      ]);
      const superseded = await searchIssuedDiplomas(db, { orgId, status: "Superseded" });
      expect(superseded.items.map((row) => row.holderName)).toEqual(["Sinov Karimov Botir"]);
      // Revoked (102, fraud) and Superseded are told apart; Valid excludes both.
      const revoked = await searchIssuedDiplomas(db, { orgId, status: "Revoked" });
      expect(revoked.items.map((row) => row.number)).toEqual(["102"]);
      const valid = await searchIssuedDiplomas(db, { orgId, status: "Valid" });
      expect(valid.items.map((row) => row.holderName).sort()).toEqual([
        "Sinov Aliyeva Zarina",
        "Sinov Karimov Botirjon",
      ]);
    }
  });
});
