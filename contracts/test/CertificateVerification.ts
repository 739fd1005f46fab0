// CertificateRegistry.verify: the one view call behind an employer's verdict, and the privacy
// of what reaches the chain (salted hashes and roots only, even for the number lookup).
import { expect } from "chai";
import { AbiCoder, hexlify, keccak256, randomBytes, toUtf8Bytes } from "ethers";
import { ethers, networkHelpers, OrganizationStatus } from "./fixtures.js";
import { revokeInTree, verifyInTree } from "./CertificateCalls.js";
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
