// CertificateRegistry: a correction supersedes an earlier certificate of the same organization,
// revoking it with reason Superseded and linking the two both ways.
import { expect } from "chai";
import { ethers, networkHelpers, StaffRole } from "./fixtures.js";
import { refIn, refOf, supersedeWith, verifyInTree } from "./CertificateCalls.js";
import {
  CertificateTree,
  deployCertificates,
  fakeCertificateHash,
  issueClass,
  leafOf,
  nextBlockTime,
  orgs,
  Reason,
  Status,
  type CertificatePlatform,
} from "./CertificateHelpers.js";

const { DiplomaRevoker } = StaffRole;

/** A class of three and a single correction of its first certificate, both issued. */
async function classWithCorrection(platform: CertificatePlatform) {
  const { tree, hashes } = await issueClass(platform, 3);
  const correction = fakeCertificateHash("correction");
  await platform.certificates.issueCertificate(orgs.university, correction);
  return {
    tree,
    hashes,
    old: { root: tree.root, hash: hashes[0], proof: tree.proof(hashes[0]) },
    fix: { root: leafOf(orgs.university, correction), hash: correction, proof: [] as string[] },
  };
}

describe("CertificateRegistry: corrections", function () {
  it("revokes the old certificate as Superseded and links old and new both ways", async function () {
    const platform = await networkHelpers.loadFixture(deployCertificates);
    const { certificates, revoker } = platform;
    const { old, fix } = await classWithCorrection(platform);

    const revokedAt = await nextBlockTime();
    const tx = supersedeWith(certificates.connect(revoker), orgs.university, old, fix);
    await expect(tx)
      .to.emit(certificates, "CertificateRevoked")
      .withArgs(old.root, old.hash, orgs.university, revoker.address, Reason.Superseded, revokedAt);
    await expect(tx)
      .to.emit(certificates, "CertificateSuperseded")
      .withArgs(old.root, old.hash, fix.hash, fix.root, orgs.university);

    expect(await certificates.successorOf(orgs.university, old.hash)).to.deep.equal([
      fix.root,
      fix.hash,
    ]);
    expect(await certificates.predecessorOf(orgs.university, fix.hash)).to.deep.equal([
      old.root,
      old.hash,
    ]);
    const before = await certificates.verify(orgs.university, old.hash, old.proof, old.root);
    expect(before.status).to.equal(Status.Revoked);
    expect(before.revocationReason).to.equal(Reason.Superseded);
    expect(before.revokedAt).to.equal(revokedAt);
    expect(before.successor).to.deep.equal([fix.root, fix.hash]);
    const after = await certificates.verify(orgs.university, fix.hash, fix.proof, fix.root);
    expect(after.status).to.equal(Status.Valid);
    expect(after.predecessor).to.deep.equal([old.root, old.hash]);
    expect(after.successor).to.deep.equal([ethers.ZeroHash, ethers.ZeroHash]);
  });

  it("follows a chain of corrections, each inside a class", async function () {
    const platform = await networkHelpers.loadFixture(deployCertificates);
    const { certificates, revoker } = platform;
    const first = await issueClass(platform, 4, "first");
    const second = await issueClass(platform, 4, "second");
    const third = await issueClass(platform, 4, "third");
    const ref = (batch: typeof first, i: number) =>
      [batch.tree.root, batch.hashes[i], batch.tree.proof(batch.hashes[i])] as const;
    await certificates
      .connect(revoker)
      .supersede(orgs.university, ...ref(first, 1), ...ref(second, 2));
    await certificates
      .connect(revoker)
      .supersede(orgs.university, ...ref(second, 2), ...ref(third, 3));

    const middle = await verifyInTree(certificates, second.tree, second.hashes[2]);
    expect(middle.status).to.equal(Status.Revoked);
    expect(middle.predecessor).to.deep.equal([first.tree.root, first.hashes[1]]);
    expect(middle.successor).to.deep.equal([third.tree.root, third.hashes[3]]);
    const last = await verifyInTree(certificates, third.tree, third.hashes[3]);
    expect(last.status).to.equal(Status.Valid);
    // The superseded certificate cannot be brought back as the successor of the latest.
    await expect(
      certificates.connect(revoker).supersede(orgs.university, ...ref(third, 3), ...ref(first, 1)),
    )
      .to.be.revertedWithCustomError(certificates, "SuccessorRevoked")
      .withArgs(first.tree.root, first.hashes[1]);
  });

  it("refuses itself, a correction of another organization or not in its batch", async function () {
    const platform = await networkHelpers.loadFixture(deployCertificates);
    const { certificates, revoker, schoolIssuer } = platform;
    const { old, fix } = await classWithCorrection(platform);
    const asRevoker = certificates.connect(revoker);
    await expect(supersedeWith(asRevoker, orgs.university, old, old)).to.be.revertedWithCustomError(
      certificates,
      "SupersedesItself",
    );

    const schoolHash = fakeCertificateHash("school correction");
    await certificates.connect(schoolIssuer).issueCertificate(orgs.school, schoolHash);
    const schoolRoot = leafOf(orgs.school, schoolHash);
    await expect(supersedeWith(asRevoker, orgs.university, old, refOf(schoolRoot, schoolHash)))
      // The school's certificate is no batch of the university's: a correction cannot come
      // from another organization.
      .to.be.revertedWithCustomError(certificates, "UnknownBatch")
      .withArgs(schoolRoot);

    const stranger = fakeCertificateHash("not issued");
    await expect(supersedeWith(asRevoker, orgs.university, old, refOf(fix.root, stranger)))
      .to.be.revertedWithCustomError(certificates, "CertificateNotInBatch")
      .withArgs(fix.root, stranger);
    await expect(
      supersedeWith(asRevoker, orgs.university, refOf(old.root, stranger, old.proof), fix),
    )
      .to.be.revertedWithCustomError(certificates, "CertificateNotInBatch")
      .withArgs(old.root, stranger);
    const unknownRoot = fakeCertificateHash("unknown root");
    await expect(supersedeWith(asRevoker, orgs.university, refOf(unknownRoot, old.hash), fix))
      .to.be.revertedWithCustomError(certificates, "UnknownBatch")
      .withArgs(unknownRoot);
    await expect(supersedeWith(asRevoker, orgs.university, old, refOf(unknownRoot, fix.hash)))
      .to.be.revertedWithCustomError(certificates, "UnknownBatch")
      .withArgs(unknownRoot);
  });

  it("refuses a revoked correction, one already linked, and an old certificate already revoked", async function () {
    const platform = await networkHelpers.loadFixture(deployCertificates);
    const { certificates, revoker } = platform;
    const { tree, hashes, old, fix } = await classWithCorrection(platform);
    const asRevoker = certificates.connect(revoker);

    const revokedAlone = fakeCertificateHash("revoked correction");
    await certificates.issueCertificate(orgs.university, revokedAlone);
    const revokedAloneRoot = leafOf(orgs.university, revokedAlone);
    await asRevoker.revokeCertificate(
      orgs.university,
      revokedAloneRoot,
      revokedAlone,
      [],
      Reason.IssuedInError,
    );
    const revokedClass = new CertificateTree(orgs.university, [
      fakeCertificateHash("in revoked class"),
    ]);
    await certificates.issueBatch(orgs.university, revokedClass.root, 1);
    await asRevoker.revokeBatch(orgs.university, revokedClass.root, Reason.IssuedInError);
    for (const [root, hash] of [
      [revokedAloneRoot, revokedAlone],
      [revokedClass.root, fakeCertificateHash("in revoked class")],
    ]) {
      await expect(supersedeWith(asRevoker, orgs.university, old, refOf(root, hash)))
        .to.be.revertedWithCustomError(certificates, "SuccessorRevoked")
        .withArgs(root, hash);
    }

    await supersedeWith(asRevoker, orgs.university, old, fix);
    const second = hashes[1];
    await expect(supersedeWith(asRevoker, orgs.university, refIn(tree, second), fix))
      .to.be.revertedWithCustomError(certificates, "SuccessorAlreadyLinked")
      .withArgs(fix.root, fix.hash);
    const another = fakeCertificateHash("another correction");
    await certificates.issueCertificate(orgs.university, another);
    const anotherRoot = leafOf(orgs.university, another);
    await expect(supersedeWith(asRevoker, orgs.university, old, refOf(anotherRoot, another)))
      .to.be.revertedWithCustomError(certificates, "CertificateAlreadyRevoked")
      .withArgs(old.root, old.hash);
    await asRevoker.revokeBatch(orgs.university, tree.root, Reason.IssuedInError);
    await expect(
      supersedeWith(asRevoker, orgs.university, refIn(tree, second), refOf(anotherRoot, another)),
    )
      .to.be.revertedWithCustomError(certificates, "BatchAlreadyRevoked")
      .withArgs(tree.root);
  });

  it("is refused to issuers, other organizations, suspended ones and strangers; open to the registrar", async function () {
    const platform = await networkHelpers.loadFixture(deployCertificates);
    const { certificates, issuer, schoolRevoker, stranger, registrar, frozenStaff } = platform;
    const { old, fix } = await classWithCorrection(platform);
    const college = [
      leafOf(orgs.college, platform.collegeCertificate),
      platform.collegeCertificate,
    ];
    await expect(
      certificates
        .connect(frozenStaff)
        .supersede(orgs.college, college[0], college[1], [], fix.root, fix.hash, []),
    )
      .to.be.revertedWithCustomError(certificates, "IssuerNotActive")
      .withArgs(orgs.college);
    for (const caller of [issuer, schoolRevoker, stranger]) {
      await expect(supersedeWith(certificates.connect(caller), orgs.university, old, fix))
        .to.be.revertedWithCustomError(certificates, "MissingStaffRole")
        .withArgs(orgs.university, DiplomaRevoker, caller.address);
    }
    await expect(supersedeWith(certificates.connect(registrar), orgs.university, old, fix))
      .to.emit(certificates, "CertificateSuperseded")
      .withArgs(old.root, old.hash, fix.hash, fix.root, orgs.university);
  });
});
