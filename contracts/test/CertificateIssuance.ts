// CertificateRegistry: issuing. Only a DiplomaIssuer of an active organization writes; a class is
// one root in one transaction with constant storage; no root is issued twice.
import { anyValue } from "@nomicfoundation/hardhat-ethers-chai-matchers/withArgs";
import { expect } from "chai";
import { ethers, networkHelpers, OrganizationStatus, StaffRole } from "./fixtures.js";
import { verifyInTree } from "./CertificateCalls.js";
import {
  certificateHashOf,
  CertificateTree,
  classOf,
  deployCertificates,
  fakeCertificateHash,
  issueClass,
  leafOf,
  nextBlockTime,
  orgs,
  Status,
  type CertificatePlatform,
} from "./CertificateHelpers.js";

const { DiplomaIssuer } = StaffRole;

describe("CertificateRegistry: issuing", function () {
  describe("issueCertificate", function () {
    it("anchors one certificate as a batch of one and emits BatchIssued", async function () {
      const { certificates, issuer } = await networkHelpers.loadFixture(deployCertificates);
      const hash = fakeCertificateHash("alone");
      const root = leafOf(orgs.university, hash);
      expect(await certificates.issueCertificate.staticCall(orgs.university, hash)).to.equal(root);

      const issuedAt = await nextBlockTime();
      const tx = await certificates.issueCertificate(orgs.university, hash);
      await expect(tx)
        .to.emit(certificates, "BatchIssued")
        .withArgs(root, orgs.university, issuer.address, 1, issuedAt);
      const { blockNumber } = (await tx.wait())!;

      const batch = await certificates.batchOf(orgs.university, root);
      expect(batch.issuer).to.equal(issuer.address);
      expect(batch.orgId).to.equal(orgs.university);
      expect(batch.issuedAt).to.equal(issuedAt);
      expect(batch.issuedBlock).to.equal(blockNumber);
      expect(batch.certificateCount).to.equal(1);
      expect(batch.revokedAt).to.equal(0);
      expect(batch.revocationReason).to.equal(0);

      const result = await certificates.verify(orgs.university, hash, [], root);
      expect(result.status).to.equal(Status.Valid);
      expect(result.orgId).to.equal(orgs.university);
    });

    it("refuses the zero hash and a certificate issued before", async function () {
      const { certificates, clerk } = await networkHelpers.loadFixture(deployCertificates);
      await expect(
        certificates.issueCertificate(orgs.university, ethers.ZeroHash),
      ).to.be.revertedWithCustomError(certificates, "ZeroHash");
      const hash = fakeCertificateHash("twice");
      await certificates.issueCertificate(orgs.university, hash);
      await expect(certificates.connect(clerk).issueCertificate(orgs.university, hash))
        .to.be.revertedWithCustomError(certificates, "BatchAlreadyIssued")
        .withArgs(leafOf(orgs.university, hash));
    });
  });

  describe("issueBatch", function () {
    it("anchors a class in one transaction; every certificate verifies with its proof", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, issuer } = platform;
      const hashes = classOf(10);
      const tree = new CertificateTree(orgs.university, hashes);
      const issuedAt = await nextBlockTime();
      const tx = await certificates.issueBatch(orgs.university, tree.root, 10);
      await expect(tx)
        .to.emit(certificates, "BatchIssued")
        .withArgs(tree.root, orgs.university, issuer.address, 10, issuedAt);
      const receipt = (await tx.wait())!;
      expect(receipt.logs).to.have.length(1);

      const batch = await certificates.batchOf(orgs.university, tree.root);
      expect(batch.certificateCount).to.equal(10);
      expect(batch.issuedBlock).to.equal(receipt.blockNumber);
      for (const hash of hashes) {
        const result = await verifyInTree(certificates, tree, hash);
        expect(result.status).to.equal(Status.Valid);
        expect(result.issuer).to.equal(issuer.address);
        expect(result.issuedAt).to.equal(issuedAt);
        expect(result.issuedBlock).to.equal(receipt.blockNumber);
      }
    });

    it("refuses the zero root, an empty batch and a root its organization issued before", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, clerk } = platform;
      await expect(
        certificates.issueBatch(orgs.university, ethers.ZeroHash, 3),
      ).to.be.revertedWithCustomError(certificates, "ZeroHash");
      const { tree } = await issueClass(platform, 3);
      await expect(
        certificates.issueBatch(orgs.university, fakeCertificateHash("other root"), 0),
      ).to.be.revertedWithCustomError(certificates, "EmptyBatch");
      await expect(certificates.connect(clerk).issueBatch(orgs.university, tree.root, 3))
        .to.be.revertedWithCustomError(certificates, "BatchAlreadyIssued")
        .withArgs(tree.root);
    });

    it("lets no organization squat another's root (attack: issue the victim's pending root first)", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, issuer, schoolIssuer } = platform;
      const hashes = classOf(3, "victim");
      const tree = new CertificateTree(orgs.university, hashes);
      // The school's issuer copies the university's root from its pending transaction and
      // gets it mined first.
      await certificates.connect(schoolIssuer).issueBatch(orgs.school, tree.root, 3);
      await expect(certificates.issueBatch(orgs.university, tree.root, 3))
        .to.emit(certificates, "BatchIssued")
        .withArgs(tree.root, orgs.university, issuer.address, 3, anyValue);
      for (const hash of hashes) {
        const result = await verifyInTree(certificates, tree, hash);
        expect(result.status).to.equal(Status.Valid);
        expect(result.issuer).to.equal(issuer.address);
        expect(result.orgId).to.equal(orgs.university);
        // Under the squatter's name the university's diplomas prove nothing.
        const squatted = await certificates.verify(orgs.school, hash, tree.proof(hash), tree.root);
        expect(squatted.status).to.equal(Status.NotInBatch);
      }
      expect((await certificates.batchOf(orgs.university, tree.root)).issuer).to.equal(
        issuer.address,
      );
      expect((await certificates.batchOf(orgs.school, tree.root)).issuer).to.equal(
        schoolIssuer.address,
      );
    });

    it("costs the same gas for a class of 1,000 as for a class of 10", async function () {
      const { certificates } = await networkHelpers.loadFixture(deployCertificates);
      const gasFor = async (size: number) => {
        const tree = new CertificateTree(orgs.university, classOf(size, `gas-${size}`));
        const tx = await certificates.issueBatch(orgs.university, tree.root, size);
        return (await tx.wait())!.gasUsed;
      };
      const small = await gasFor(10);
      const large = await gasFor(1000);
      // Only the calldata differs (the count's bytes): storage and events are the same.
      expect(large).to.be.closeTo(small, 100n);
      expect(small).to.be.lessThan(120_000n);
    });
  });

  describe("who may issue", function () {
    /** Both ways to issue, as attempts to run one after the other. */
    const issueBoth = (
      platform: CertificatePlatform,
      caller: typeof platform.issuer,
      orgId: number,
    ) => {
      const [single, pair] = [`single ${caller.address}`, `pair ${caller.address}`];
      const pairTree = new CertificateTree(orgId, classOf(2, pair));
      const certificates = platform.certificates.connect(caller);
      return [
        () => certificates.issueCertificate(orgId, fakeCertificateHash(single)),
        () => certificates.issueBatch(orgId, pairTree.root, 2),
      ];
    };

    it("refuses staff without the issuer role, issuers of other organizations, the registrar and strangers", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, revoker, schoolIssuer, registrar, admin, stranger } = platform;
      for (const caller of [revoker, schoolIssuer, registrar, admin, stranger]) {
        for (const attempt of issueBoth(platform, caller, orgs.university)) {
          await expect(attempt())
            .to.be.revertedWithCustomError(certificates, "MissingStaffRole")
            .withArgs(orgs.university, DiplomaIssuer, caller.address);
        }
      }
    });

    it("refuses a staff member of a suspended or unknown organization", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, registry, frozenStaff, issuer } = platform;
      expect(
        await registry.hasStaffRole(orgs.college, DiplomaIssuer, frozenStaff.address),
      ).to.equal(true);
      for (const attempt of issueBoth(platform, frozenStaff, orgs.college)) {
        await expect(attempt())
          .to.be.revertedWithCustomError(certificates, "IssuerNotActive")
          .withArgs(orgs.college);
      }
      for (const attempt of issueBoth(platform, issuer, orgs.unknown)) {
        await expect(attempt())
          .to.be.revertedWithCustomError(certificates, "IssuerNotActive")
          .withArgs(orgs.unknown);
      }
    });

    it("stops an issuer as soon as the organization is suspended or the role is revoked", async function () {
      const platform = await networkHelpers.loadFixture(deployCertificates);
      const { certificates, registry, issuer, clerk } = platform;
      await registry.setOrganizationStatus(orgs.university, OrganizationStatus.Suspended);
      for (const attempt of issueBoth(platform, issuer, orgs.university)) {
        await expect(attempt())
          .to.be.revertedWithCustomError(certificates, "IssuerNotActive")
          .withArgs(orgs.university);
      }
      await registry.setOrganizationStatus(orgs.university, OrganizationStatus.Active);
      await registry.revokeStaffRole(orgs.university, DiplomaIssuer, clerk.address);
      for (const attempt of issueBoth(platform, clerk, orgs.university)) {
        await expect(attempt())
          .to.be.revertedWithCustomError(certificates, "MissingStaffRole")
          .withArgs(orgs.university, DiplomaIssuer, clerk.address);
      }
      for (const attempt of issueBoth(platform, issuer, orgs.university)) {
        await expect(attempt()).to.emit(certificates, "BatchIssued");
      }
    });
  });

  describe("pure helpers", function () {
    it("leafOf and certificateHashOf follow the SDK's conventions", async function () {
      const { certificates } = await networkHelpers.loadFixture(deployCertificates);
      const hash = fakeCertificateHash("pure");
      expect(await certificates.leafOf(orgs.school, hash)).to.equal(leafOf(orgs.school, hash));
      expect(await certificates.leafOf(orgs.school, hash)).to.not.equal(
        leafOf(orgs.university, hash),
      );
      const numberKey = fakeCertificateHash("number");
      expect(await certificates.certificateHashOf(numberKey, hash)).to.equal(
        certificateHashOf(numberKey, hash),
      );
    });
  });
});
