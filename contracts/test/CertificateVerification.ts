// CertificateRegistry.verify: the one view call behind an employer's verdict, and the privacy
// of what reaches the chain (salted hashes and roots only, even for the number lookup); and
// verifyMany, the bulk check's one call for many certificates, whose answers must be exactly
// `verify`'s, query by query, whatever the mix: a bulk report may never say anything a single
// check would not.
import { expect } from "chai";
import { AbiCoder, hexlify, keccak256, randomBytes, toUtf8Bytes } from "ethers";
import type { CertificateRegistry } from "../types/index.js";
import { ethers, networkHelpers, OrganizationStatus } from "./fixtures.js";
import { refIn, revokeInTree, supersedeWith, verifyInTree } from "./CertificateCalls.js";
import {
  certificateHashOf,
  CertificateTree,
  deployCertificates,
  fakeCertificateHash,
  issueClass,
  leafOf,
  orgs,
  Reason,
  Status,
  type CertificatePlatform,
} from "./CertificateHelpers.js";

const abi = AbiCoder.defaultAbiCoder();

/** A diploma as the SDK would hash it: the number committed apart from the salted content. */
function diploma(name: string, series: string, number: string) {
  const numberKey = keccak256(
    abi.encode(["string", "string", "string"], ["ishonch.diploma.number.v1", series, number]),
  );
  const salt = hexlify(randomBytes(32));
  const contentHash = keccak256(
    abi.encode(["string", "string", "string", "bytes32"], [name, series, number, salt]),
  );
  return {
    name,
    series,
    number,
    numberKey,
    contentHash,
    hash: certificateHashOf(numberKey, contentHash),
  };
}

describe("CertificateRegistry: verification", function () {
  it("says NotIssued, with no evidence, for a root never issued", async function () {
    const { certificates } = await networkHelpers.loadFixture(deployCertificates);
    const hash = fakeCertificateHash("never");
    const result = await certificates.verify(
      orgs.university,
      hash,
      [],
      leafOf(orgs.university, hash),
    );
    expect(result.status).to.equal(Status.NotIssued);
    expect(result.orgId).to.equal(0n);
    expect(result.issuer).to.equal(ethers.ZeroAddress);
    expect(result.issuedAt).to.equal(0n);
    expect(
      (await certificates.batchOf(orgs.university, leafOf(orgs.university, hash))).issuedAt,
    ).to.equal(0n);
  });

  it("says NotInBatch, with the batch's issuer, for a tampered hash or a wrong proof", async function () {
    const platform = await networkHelpers.loadFixture(deployCertificates);
    const { certificates, issuer } = platform;
    const { tree, hashes } = await issueClass(platform, 8);
    const other = await issueClass(platform, 8, "other");
    const tampered = fakeCertificateHash("tampered");
    for (const [hash, proof, root] of [
      [tampered, tree.proof(hashes[0]), tree.root],
      [hashes[0], tree.proof(hashes[1]), tree.root],
      [hashes[0], tree.proof(hashes[0]), other.tree.root],
      [hashes[0], [], tree.root],
    ] as const) {
      const result = await certificates.verify(orgs.university, hash, [...proof], root);
      expect(result.status).to.equal(Status.NotInBatch);
      expect(result.orgId).to.equal(orgs.university);
      expect(result.issuer).to.equal(issuer.address);
      expect(result.revokedAt).to.equal(0n);
    }
  });

  it("does not let another organization's batch vouch for a certificate", async function () {
    const platform = await networkHelpers.loadFixture(deployCertificates);
    const { certificates, schoolIssuer } = platform;
    const hashes = [fakeCertificateHash("a"), fakeCertificateHash("b")];
    // A school issuer anchors a root that the university built (say, copied from its pending
    // transaction): the university's certificates do not verify under it, in either name.
    const universityTree = new CertificateTree(orgs.university, hashes);
    await certificates.connect(schoolIssuer).issueBatch(orgs.school, universityTree.root, 2);
    const proof = universityTree.proof(hashes[0]);
    const asSchool = await certificates.verify(orgs.school, hashes[0], proof, universityTree.root);
    expect(asSchool.status).to.equal(Status.NotInBatch);
    expect(asSchool.orgId).to.equal(orgs.school);
    const asUniversity = await certificates.verify(
      orgs.university,
      hashes[0],
      proof,
      universityTree.root,
    );
    expect(asUniversity.status).to.equal(Status.NotIssued);
  });

  it("says IssuerSuspended while the organization is suspended, and Revoked above that", async function () {
    const platform = await networkHelpers.loadFixture(deployCertificates);
    const { certificates, registry, revoker, collegeCertificate } = platform;
    const collegeRoot = leafOf(orgs.college, collegeCertificate);
    const college = await certificates.verify(orgs.college, collegeCertificate, [], collegeRoot);
    expect(college.status).to.equal(Status.IssuerSuspended);
    expect(college.orgId).to.equal(orgs.college);
    expect(college.issuedAt).to.be.greaterThan(0n);

    const { tree, hashes } = await issueClass(platform, 2);
    await revokeInTree(certificates.connect(revoker), tree, hashes[0], Reason.Fraud);
    await registry.setOrganizationStatus(orgs.university, OrganizationStatus.Suspended);
    const statuses = async () =>
      Promise.all(
        hashes.map(async (hash) => (await verifyInTree(certificates, tree, hash)).status),
      );
    expect(await statuses()).to.deep.equal([Status.Revoked, Status.IssuerSuspended]);
    await registry.setOrganizationStatus(orgs.university, OrganizationStatus.Active);
    expect(await statuses()).to.deep.equal([Status.Revoked, Status.Valid]);
  });

  it("lets an employer who has only the diploma number check the index's answer", async function () {
    const { certificates } = await networkHelpers.loadFixture(deployCertificates);
    const graduates = [
      diploma("Aziza Karimova", "DS", "0012345"),
      diploma("Bobur Rahimov", "DS", "0012346"),
      diploma("Dilnoza Yusupova", "DS", "0012347"),
    ];
    const tree = new CertificateTree(
      orgs.university,
      graduates.map((g) => g.hash),
    );
    await certificates.issueBatch(orgs.university, tree.root, graduates.length);

    // What the index serves for a number: content hash, proof and root, no personal data.
    const served = (g: (typeof graduates)[number]) => ({
      contentHash: g.contentHash,
      proof: tree.proof(g.hash),
      root: tree.root,
    });
    const check = async (series: string, number: string, answer: ReturnType<typeof served>) => {
      const numberKey = keccak256(
        abi.encode(["string", "string", "string"], ["ishonch.diploma.number.v1", series, number]),
      );
      const hash = await certificates.certificateHashOf(numberKey, answer.contentHash);
      return (await certificates.verify(orgs.university, hash, answer.proof, answer.root)).status;
    };
    expect(await check("DS", "0012346", served(graduates[1]))).to.equal(Status.Valid);
    // An index that answers a number with another diploma's entry is caught.
    expect(await check("DS", "0012346", served(graduates[2]))).to.equal(Status.NotInBatch);
    expect(await check("DS", "9999999", served(graduates[0]))).to.equal(Status.NotInBatch);
  });

  it("puts no name and no diploma number on chain, in transactions or events", async function () {
    const platform = await networkHelpers.loadFixture(deployCertificates);
    const { certificates, revoker } = platform;
    const graduates = [
      diploma("Aziza Karimova", "DS", "0012345"),
      diploma("Bobur Rahimov", "DS", "0012346"),
    ];
    const correction = diploma("Bobur Rahimov", "DS", "0012346");
    const tree = new CertificateTree(
      orgs.university,
      graduates.map((g) => g.hash),
    );
    const firstBlock = await ethers.provider.getBlockNumber();
    await certificates.issueBatch(orgs.university, tree.root, 2);
    await certificates.issueCertificate(orgs.university, correction.hash);
    const asRevoker = certificates.connect(revoker);
    const [aziza, bobur] = graduates;
    await revokeInTree(asRevoker, tree, aziza.hash, Reason.Fraud);
    await asRevoker.supersede(
      orgs.university,
      tree.root,
      bobur.hash,
      tree.proof(bobur.hash),
      leafOf(orgs.university, correction.hash),
      correction.hash,
      [],
    );

    const needles = [...graduates, correction].flatMap((g) => [
      hexlify(toUtf8Bytes(g.name)).slice(2),
      hexlify(toUtf8Bytes(g.number)).slice(2),
      g.numberKey.slice(2),
    ]);
    const latest = await ethers.provider.getBlockNumber();
    let seen = 0;
    for (let n = firstBlock + 1; n <= latest; n++) {
      const block = (await ethers.provider.getBlock(n, true))!;
      for (const tx of block.prefetchedTransactions) {
        const receipt = (await tx.wait())!;
        const haystack = [tx.data, ...receipt.logs.flatMap((log) => [log.data, ...log.topics])]
          .join("")
          .toLowerCase();
        for (const needle of needles) expect(haystack).to.not.include(needle.toLowerCase());
        seen += 1;
      }
    }
    expect(seen).to.equal(4);
  });
});

interface Query {
  orgId: number;
  certificateHash: string;
  proof: string[];
  root: string;
}

/** A Verification as plain JSON, so that two answers compare field by field. */
function plain(value: unknown): string {
  return JSON.stringify(value, (_, field: unknown) =>
    typeof field === "bigint" ? field.toString() : field,
  );
}

/** Asserts that verifyMany answers each query as verify does, and returns the statuses. */
async function expectSameAsVerify(
  certificates: CertificateRegistry,
  queries: readonly Query[],
): Promise<bigint[]> {
  const many = await certificates.verifyMany([...queries]);
  expect(many).to.have.length(queries.length);
  const single = await Promise.all(
    queries.map((query) =>
      certificates.verify(query.orgId, query.certificateHash, query.proof, query.root),
    ),
  );
  queries.forEach((_, i) => expect(plain(many[i]), `query ${i}`).to.equal(plain(single[i])));
  return many.map((result) => result.status);
}

function inTree(tree: CertificateTree, certificateHash: string): Query {
  return {
    orgId: tree.orgId,
    certificateHash,
    proof: tree.proof(certificateHash),
    root: tree.root,
  };
}

/** Two classes of the university: one with a revoked and a superseded diploma, one revoked whole. */
async function mixedPlatform(): Promise<
  CertificatePlatform & { kept: Awaited<ReturnType<typeof issueClass>>; dropped: CertificateTree }
> {
  const platform = await networkHelpers.loadFixture(deployCertificates);
  const kept = await issueClass(platform, 6, "kept");
  const dropped = await issueClass(platform, 3, "dropped");
  const asRevoker = platform.certificates.connect(platform.revoker);
  await revokeInTree(asRevoker, kept.tree, kept.hashes[1]!, Reason.Fraud);
  await supersedeWith(
    asRevoker,
    orgs.university,
    refIn(kept.tree, kept.hashes[2]!),
    refIn(kept.tree, kept.hashes[3]!),
  );
  await asRevoker.revokeBatch(orgs.university, dropped.tree.root, Reason.AnnulledByAuthority);
  return { ...platform, kept, dropped: dropped.tree };
}

describe("CertificateRegistry: verifyMany", function () {
  it("answers valid, revoked, superseded, batch-revoked, not in batch, not issued and suspended as verify does", async function () {
    const { certificates, kept, dropped, collegeCertificate } = await mixedPlatform();
    const [valid, revoked, superseded, correction] = kept.hashes as [
      string,
      string,
      string,
      string,
    ];
    const queries: Query[] = [
      inTree(kept.tree, valid),
      inTree(kept.tree, revoked),
      inTree(kept.tree, superseded),
      inTree(kept.tree, correction),
      inTree(dropped, fakeCertificateHash("dropped-0")),
      // Tampered: a hash that is not in the batch, and a real one with another's proof.
      { ...inTree(kept.tree, valid), certificateHash: fakeCertificateHash("forged") },
      { ...inTree(kept.tree, valid), proof: kept.tree.proof(correction) },
      // Not issued: a root never anchored, and a real root under another organization.
      { orgId: orgs.university, certificateHash: valid, proof: [], root: leafOf(1, valid) },
      { ...inTree(kept.tree, valid), orgId: orgs.school },
      {
        orgId: orgs.college,
        certificateHash: collegeCertificate,
        proof: [],
        root: leafOf(orgs.college, collegeCertificate),
      },
    ];
    expect(await expectSameAsVerify(certificates, queries)).to.deep.equal([
      Status.Valid,
      Status.Revoked,
      Status.Revoked,
      Status.Valid,
      Status.Revoked,
      Status.NotInBatch,
      Status.NotInBatch,
      Status.NotIssued,
      Status.NotIssued,
      Status.IssuerSuspended,
    ]);
    const [, , supersededResult, correctionResult, batchResult] =
      await certificates.verifyMany(queries);
    expect(supersededResult!.revocationReason).to.equal(BigInt(Reason.Superseded));
    expect(supersededResult!.successor.certificateHash).to.equal(correction);
    expect(correctionResult!.predecessor.certificateHash).to.equal(superseded);
    expect(batchResult!.revokedWithBatch).to.equal(true);
  });

  it("follows the issuer's status: suspended, then active again", async function () {
    const { certificates, registry, kept } = await mixedPlatform();
    const queries = kept.hashes.slice(0, 2).map((hash) => inTree(kept.tree, hash));
    await registry.setOrganizationStatus(orgs.university, OrganizationStatus.Suspended);
    expect(await expectSameAsVerify(certificates, queries)).to.deep.equal([
      Status.IssuerSuspended,
      Status.Revoked,
    ]);
    await registry.setOrganizationStatus(orgs.university, OrganizationStatus.Active);
    expect(await expectSameAsVerify(certificates, queries)).to.deep.equal([
      Status.Valid,
      Status.Revoked,
    ]);
  });

  it("answers an empty list with an empty list", async function () {
    const { certificates } = await networkHelpers.loadFixture(deployCertificates);
    expect(await certificates.verifyMany([])).to.deep.equal([]);
  });

  it("agrees with verify on 300 seeded random queries (property)", async function () {
    const { certificates, kept, dropped, collegeCertificate } = await mixedPlatform();
    const droppedHashes = [0, 1, 2].map((i) => fakeCertificateHash(`dropped-${i}`));
    const college = new CertificateTree(orgs.college, [collegeCertificate]);
    const genuine: Query[] = [
      ...kept.hashes.map((hash) => inTree(kept.tree, hash)),
      ...droppedHashes.map((hash) => inTree(dropped, hash)),
      { ...inTree(college, collegeCertificate), proof: [] },
    ];
    // mulberry32: the same queries on every run.
    let seed = 20261207;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const sometimes = <T>(value: T, other: () => T): T => (random() < 0.2 ? other() : value);
    // A genuine locator, each part now and then swapped for another's: every answer occurs.
    const queries = Array.from({ length: 300 }, (): Query => {
      const base = pick(genuine);
      return {
        orgId: sometimes(base.orgId, () => pick([orgs.university, orgs.school, orgs.college])),
        certificateHash: sometimes(base.certificateHash, () => pick(genuine).certificateHash),
        proof: sometimes(base.proof, () => pick(genuine).proof),
        root: sometimes(base.root, () => pick(genuine).root),
      };
    });
    const statuses = await expectSameAsVerify(certificates, queries);
    // The mix covers every answer, so the property is tested on each.
    expect(new Set(statuses)).to.deep.equal(
      new Set([
        Status.NotIssued,
        Status.NotInBatch,
        Status.Valid,
        Status.Revoked,
        Status.IssuerSuspended,
      ]),
    );
  });
});
