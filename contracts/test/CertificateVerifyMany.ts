// CertificateRegistry.verifyMany: the bulk check's one call for many certificates. Its answers
// must be exactly `verify`'s, query by query, whatever the mix: a bulk report may never say
// anything a single check would not.
import { expect } from "chai";
import type { CertificateRegistry } from "../types/index.js";
import { networkHelpers, OrganizationStatus } from "./fixtures.js";
import { refIn, revokeInTree, supersedeWith } from "./CertificateCalls.js";
import {
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
