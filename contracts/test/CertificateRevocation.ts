// CertificateRegistry: revoking one certificate inside a batch, or a whole batch, with a reason
// code and a time, by a DiplomaRevoker of the issuing organization or by the registrar's
// oversight. Revocation is permanent.
import { expect } from "chai";
import { ethers, networkHelpers, OrganizationStatus, StaffRole } from "./fixtures.js";
import { revokeInTree, verifyInTree } from "./CertificateCalls.js";
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
} from "./CertificateHelpers.js";

const { DiplomaRevoker } = StaffRole;
const OTHER_REASON = 1000;

describe("CertificateRegistry: revoking", function () {
  describe("forever (attack: the issuer re-anchors a diploma the council revoked for fraud)", function () {
    /** A class of four with its first diploma revoked for fraud by the registrar's oversight. */
    async function classWithFraud() {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { tree, hashes } = await issueClass(platform, 4, "fraud");
      await revokeInTree(
        platform.certificates.connect(platform.registrar),
        tree,
        hashes[0],
        Reason.Fraud,
      );
      return { ...platform, tree, hashes, revoked: hashes[0] };
    }

    it("refuses the revoked diploma issued again as a batch of one", async function () {
      const { certificates, clerk, revoked } = await classWithFraud();
      for (const caller of [certificates, certificates.connect(clerk)]) {
        await expect(caller.issueCertificate(orgs.university, revoked))
          .to.be.revertedWithCustomError(certificates, "RevokedCertificateReissued")
          .withArgs(orgs.university, revoked);
      }
    });

    it("keeps it revoked under any root it is anchored in again, alone or in a new tree", async function () {
      const { certificates, registrar, tree, hashes, revoked } = await classWithFraud();
      const original = await verifyInTree(certificates, tree, revoked);
      // As a batch of one through issueBatch (its root is its leaf, its proof empty)...
      const single = leafOf(orgs.university, revoked);
      await certificates.issueBatch(orgs.university, single, 1);
      // ...and in a new tree over part of the class, with a newcomer.
      const newcomer = fakeCertificateHash("newcomer");
      const regrown = new CertificateTree(orgs.university, [revoked, hashes[1], newcomer]);
      await certificates.issueBatch(orgs.university, regrown.root, 3);

      for (const [proof, root] of [
        [[], single],
        [regrown.proof(revoked), regrown.root],
      ] as const) {
        const result = await certificates.verify(orgs.university, revoked, [...proof], root);
        expect(result.status).to.equal(Status.Revoked);
        expect(result.revocationReason).to.equal(Reason.Fraud);
        expect(result.revokedAt).to.equal(original.revokedAt);
        expect(result.revokedWithBatch).to.equal(false);
      }
      for (const hash of [hashes[1], newcomer]) {
        const result = await verifyInTree(certificates, regrown, hash);
        expect(result.status).to.equal(Status.Valid);
      }
      // Revoking it again, through the new root, is refused: it is revoked already.
      await expect(
        certificates
          .connect(registrar)
          .revokeCertificate(orgs.university, single, revoked, [], Reason.Fraud),
      )
        .to.be.revertedWithCustomError(certificates, "CertificateAlreadyRevoked")
        .withArgs(single, revoked);
    });
  });

  describe("revokeCertificate", function () {
    it("revokes one certificate of a class with its reason and time; the others stay valid", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, revoker } = platform;
      const { tree, hashes } = await issueClass(platform, 5);
      const [revoked, ...kept] = hashes;

      const revokedAt = await nextBlockTime();
      await expect(revokeInTree(certificates.connect(revoker), tree, revoked, Reason.Fraud))
        .to.emit(certificates, "CertificateRevoked")
        .withArgs(tree.root, revoked, orgs.university, revoker.address, Reason.Fraud, revokedAt);

      expect(await certificates.revocationOf(orgs.university, revoked)).to.deep.equal([
        revokedAt,
        BigInt(Reason.Fraud),
      ]);
      const result = await verifyInTree(certificates, tree, revoked);
      expect(result.status).to.equal(Status.Revoked);
      expect(result.revokedAt).to.equal(revokedAt);
      expect(result.revocationReason).to.equal(Reason.Fraud);
      expect(result.revokedWithBatch).to.equal(false);
      expect(result.successor.root).to.equal(ethers.ZeroHash);
      for (const hash of kept) {
        expect((await verifyInTree(certificates, tree, hash)).status).to.equal(Status.Valid);
        expect((await certificates.revocationOf(orgs.university, hash)).revokedAt).to.equal(0n);
      }
      expect((await certificates.batchOf(orgs.university, tree.root)).revokedAt).to.equal(0n);
    });

    it("accepts every named reason but Superseded, and codes of its own", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, revoker } = platform;
      const reasons = [
        Reason.IssuedInError,
        Reason.Fraud,
        Reason.AnnulledByAuthority,
        Reason.NotEntitled,
        OTHER_REASON,
      ];
      const { tree, hashes } = await issueClass(platform, reasons.length);
      for (const [i, reason] of reasons.entries()) {
        await revokeInTree(certificates.connect(revoker), tree, hashes[i], reason);
        expect((await certificates.revocationOf(orgs.university, hashes[i])).reason).to.equal(
          reason,
        );
      }
      expect(await certificates.REASON_ISSUED_IN_ERROR()).to.equal(Reason.IssuedInError);
      expect(await certificates.REASON_SUPERSEDED()).to.equal(Reason.Superseded);
      expect(await certificates.REASON_FRAUD()).to.equal(Reason.Fraud);
      expect(await certificates.REASON_ANNULLED_BY_AUTHORITY()).to.equal(
        Reason.AnnulledByAuthority,
      );
      expect(await certificates.REASON_NOT_ENTITLED()).to.equal(Reason.NotEntitled);
    });

    it("refuses reason 0 and Superseded, an unknown batch, a certificate not in the batch, and a second revocation", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, revoker } = platform;
      const { tree, hashes } = await issueClass(platform, 4);
      const [hash, other] = hashes;
      const asRevoker = certificates.connect(revoker);
      for (const reason of [0, Reason.Superseded]) {
        await expect(revokeInTree(asRevoker, tree, hash, reason))
          .to.be.revertedWithCustomError(certificates, "InvalidRevocationReason")
          .withArgs(reason);
      }
      const unknownRoot = fakeCertificateHash("no such batch");
      await expect(
        asRevoker.revokeCertificate(orgs.university, unknownRoot, hash, [], Reason.Fraud),
      )
        .to.be.revertedWithCustomError(certificates, "UnknownBatch")
        .withArgs(unknownRoot);
      // A forged hash with a genuine proof, and a genuine hash with another one's proof.
      const forged = fakeCertificateHash("forged");
      for (const [claimed, provedAs] of [
        [forged, hash],
        [hash, other],
      ]) {
        await expect(
          asRevoker.revokeCertificate(
            orgs.university,
            tree.root,
            claimed,
            tree.proof(provedAs),
            Reason.Fraud,
          ),
        )
          .to.be.revertedWithCustomError(certificates, "CertificateNotInBatch")
          .withArgs(tree.root, claimed);
      }

      await revokeInTree(asRevoker, tree, hash, Reason.Fraud);
      await expect(revokeInTree(asRevoker, tree, hash, Reason.IssuedInError))
        .to.be.revertedWithCustomError(certificates, "CertificateAlreadyRevoked")
        .withArgs(tree.root, hash);
      expect((await certificates.revocationOf(orgs.university, hash)).reason).to.equal(
        Reason.Fraud,
      );
    });

    it("is refused to issuers, other organizations' revokers, the manager's admin and strangers", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, issuer, schoolRevoker, admin, stranger } = platform;
      const { tree, hashes } = await issueClass(platform, 2);
      const [hash] = hashes;
      for (const caller of [issuer, schoolRevoker, admin, stranger]) {
        await expect(revokeInTree(certificates.connect(caller), tree, hash, Reason.Fraud))
          .to.be.revertedWithCustomError(certificates, "MissingStaffRole")
          .withArgs(orgs.university, DiplomaRevoker, caller.address);
      }
    });

    it("is refused to the revokers of a suspended organization, but open to the registrar", async function () {
      const { certificates, collegeCertificate, frozenStaff, registrar } =
        await networkHelpers.loadFixture(deployCertificates);
      const root = leafOf(orgs.college, collegeCertificate);
      await expect(
        certificates
          .connect(frozenStaff)
          .revokeCertificate(orgs.college, root, collegeCertificate, [], Reason.NotEntitled),
      )
        .to.be.revertedWithCustomError(certificates, "IssuerNotActive")
        .withArgs(orgs.college);

      const revokedAt = await nextBlockTime();
      await expect(
        certificates
          .connect(registrar)
          .revokeCertificate(orgs.college, root, collegeCertificate, [], Reason.NotEntitled),
      )
        .to.emit(certificates, "CertificateRevoked")
        .withArgs(
          root,
          collegeCertificate,
          orgs.college,
          registrar.address,
          Reason.NotEntitled,
          revokedAt,
        );
      expect(
        (await certificates.verify(orgs.college, collegeCertificate, [], root)).status,
      ).to.equal(Status.Revoked);
    });
  });

  describe("revokeBatch", function () {
    it("revokes every certificate of a class; earlier single revocations keep their own reason", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, revoker, clerk } = platform;
      const { tree, hashes } = await issueClass(platform, 6);
      const [alreadyRevoked, ...rest] = hashes;
      const firstAt = await nextBlockTime();
      await revokeInTree(certificates.connect(revoker), tree, alreadyRevoked, Reason.Fraud);

      const revokedAt = await nextBlockTime();
      await expect(
        certificates.connect(clerk).revokeBatch(orgs.university, tree.root, Reason.IssuedInError),
      )
        .to.emit(certificates, "BatchRevoked")
        .withArgs(tree.root, orgs.university, clerk.address, Reason.IssuedInError, revokedAt);

      const batch = await certificates.batchOf(orgs.university, tree.root);
      expect(batch.revokedAt).to.equal(revokedAt);
      expect(batch.revocationReason).to.equal(Reason.IssuedInError);
      for (const hash of rest) {
        const result = await verifyInTree(certificates, tree, hash);
        expect(result.status).to.equal(Status.Revoked);
        expect(result.revokedWithBatch).to.equal(true);
        expect(result.revokedAt).to.equal(revokedAt);
        expect(result.revocationReason).to.equal(Reason.IssuedInError);
      }
      const first = await verifyInTree(certificates, tree, alreadyRevoked);
      expect([
        first.status,
        first.revokedAt,
        first.revocationReason,
        first.revokedWithBatch,
      ]).to.deep.equal([Status.Revoked, firstAt, BigInt(Reason.Fraud), false]);
    });

    it("is permanent: no second revocation, no single revocation after it, no way back", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, registry, revoker } = platform;
      const { tree, hashes } = await issueClass(platform, 3);
      const asRevoker = certificates.connect(revoker);
      await asRevoker.revokeBatch(orgs.university, tree.root, OTHER_REASON);
      await expect(asRevoker.revokeBatch(orgs.university, tree.root, Reason.Fraud))
        .to.be.revertedWithCustomError(certificates, "BatchAlreadyRevoked")
        .withArgs(tree.root);
      await expect(revokeInTree(asRevoker, tree, hashes[0], Reason.Fraud))
        .to.be.revertedWithCustomError(certificates, "BatchAlreadyRevoked")
        .withArgs(tree.root);
      await registry.setOrganizationStatus(orgs.university, OrganizationStatus.Suspended);
      await registry.setOrganizationStatus(orgs.university, OrganizationStatus.Active);
      const result = await verifyInTree(certificates, tree, hashes[1]);
      expect(result.status).to.equal(Status.Revoked);
      expect(result.revocationReason).to.equal(OTHER_REASON);

      // The only state-changing functions are issuing, revoking, superseding and the
      // authority's own setAuthority: nothing un-revokes.
      const writers: string[] = [];
      certificates.interface.forEachFunction((fn) => {
        if (fn.stateMutability !== "view" && fn.stateMutability !== "pure") writers.push(fn.name);
      });
      expect(writers).to.have.members([
        "issueCertificate",
        "issueBatch",
        "revokeCertificate",
        "revokeBatch",
        "supersede",
        "setAuthority",
      ]);
    });

    it("refuses reason 0 and Superseded and an unknown batch", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, revoker } = platform;
      const { tree } = await issueClass(platform, 2);
      for (const reason of [0, Reason.Superseded]) {
        await expect(certificates.connect(revoker).revokeBatch(orgs.university, tree.root, reason))
          .to.be.revertedWithCustomError(certificates, "InvalidRevocationReason")
          .withArgs(reason);
      }
      const unknownRoot = fakeCertificateHash("no such batch");
      await expect(
        certificates.connect(revoker).revokeBatch(orgs.university, unknownRoot, Reason.Fraud),
      )
        .to.be.revertedWithCustomError(certificates, "UnknownBatch")
        .withArgs(unknownRoot);
    });

    it("is refused to issuers, other organizations, suspended ones and strangers; open to the registrar", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, issuer, schoolRevoker, admin, stranger, frozenStaff, registrar } =
        platform;
      const { tree } = await issueClass(platform, 2);
      for (const caller of [issuer, schoolRevoker, admin, stranger]) {
        await expect(
          certificates.connect(caller).revokeBatch(orgs.university, tree.root, Reason.Fraud),
        )
          .to.be.revertedWithCustomError(certificates, "MissingStaffRole")
          .withArgs(orgs.university, DiplomaRevoker, caller.address);
      }
      const collegeRoot = leafOf(orgs.college, platform.collegeCertificate);
      await expect(
        certificates.connect(frozenStaff).revokeBatch(orgs.college, collegeRoot, Reason.Fraud),
      )
        .to.be.revertedWithCustomError(certificates, "IssuerNotActive")
        .withArgs(orgs.college);
      for (const [root, orgId] of [
        [tree.root, orgs.university],
        [collegeRoot, orgs.college],
      ] as const) {
        const revokedAt = await nextBlockTime();
        await expect(
          certificates.connect(registrar).revokeBatch(orgId, root, Reason.AnnulledByAuthority),
        )
          .to.emit(certificates, "BatchRevoked")
          .withArgs(root, orgId, registrar.address, Reason.AnnulledByAuthority, revokedAt);
      }
    });
  });
});
