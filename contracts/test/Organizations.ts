// OrganizationRegistry: accrediting organizations, their names, parents and status, and the
// access-managed plumbing inherited from OpenZeppelin.
import { expect } from "chai";
import {
  deployPlatform,
  deployWithOrganizations,
  ethers,
  expectUnauthorized,
  ids,
  MAX_NAME_BYTES,
  networkHelpers,
  OrganizationStatus,
  OrganizationType,
  Region,
} from "./fixtures.js";

const { Active, Suspended, None } = OrganizationStatus;
const utf8Length = (text: string): number => ethers.toUtf8Bytes(text).length;

describe("OrganizationRegistry: organizations", function () {
  describe("registerOrganization", function () {
    it("stores the record, numbers it from 1 and emits OrganizationRegistered", async function () {
      const { registry } = await networkHelpers.loadFixture(deployPlatform);
      expect(await registry.organizationCount()).to.equal(0n);
      const name = "Oʻzbekiston Respublikasi Maktabgacha taʼlim vazirligi";
      expect(
        await registry.registerOrganization.staticCall(
          OrganizationType.Ministry,
          Region.TashkentCity,
          0,
          name,
        ),
      ).to.equal(1n);

      await expect(
        registry.registerOrganization(OrganizationType.Ministry, Region.TashkentCity, 0, name),
      )
        .to.emit(registry, "OrganizationRegistered")
        .withArgs(1, OrganizationType.Ministry, Region.TashkentCity, 0, name);
      const registeredAt = await networkHelpers.time.latest();

      const organization = await registry.getOrganization(1);
      expect(organization.orgType).to.equal(BigInt(OrganizationType.Ministry));
      expect(organization.region).to.equal(BigInt(Region.TashkentCity));
      expect(organization.status).to.equal(BigInt(Active));
      expect(organization.parentId).to.equal(0n);
      expect(organization.registeredAt).to.equal(BigInt(registeredAt));
      expect(organization.name).to.equal(name);
      expect(await registry.organizationCount()).to.equal(1n);
      expect(await registry.isActive(1)).to.equal(true);
    });

    it("links a child to an existing parent", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(
        registry.registerOrganization(
          OrganizationType.School,
          Region.Khorezm,
          ids.school,
          "Filial",
        ),
      )
        .to.emit(registry, "OrganizationRegistered")
        .withArgs(5, OrganizationType.School, Region.Khorezm, ids.school, "Filial");
      expect((await registry.getOrganization(5)).parentId).to.equal(BigInt(ids.school));
    });

    it("rejects a parent that does not exist, including the next id", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithOrganizations);
      for (const parentId of [5, ids.unknown]) {
        await expect(
          registry.registerOrganization(OrganizationType.School, Region.Khorezm, parentId, "Yetim"),
        )
          .to.be.revertedWithCustomError(registry, "UnknownParentOrganization")
          .withArgs(parentId);
      }
      expect(await registry.organizationCount()).to.equal(4n);
    });

    it("rejects an empty name", async function () {
      const { registry } = await networkHelpers.loadFixture(deployPlatform);
      await expect(
        registry.registerOrganization(OrganizationType.School, Region.Khorezm, 0, ""),
      ).to.be.revertedWithCustomError(registry, "EmptyOrganizationName");
    });

    it("accepts a name of exactly MAX_NAME_BYTES bytes and rejects one byte more", async function () {
      const { registry } = await networkHelpers.loadFixture(deployPlatform);
      expect(await registry.MAX_NAME_BYTES()).to.equal(BigInt(MAX_NAME_BYTES));
      const longest = "a".repeat(MAX_NAME_BYTES);
      await expect(
        registry.registerOrganization(OrganizationType.School, Region.Khorezm, 0, longest),
      )
        .to.emit(registry, "OrganizationRegistered")
        .withArgs(1, OrganizationType.School, Region.Khorezm, 0, longest);
      await expect(
        registry.registerOrganization(OrganizationType.School, Region.Khorezm, 0, `${longest}a`),
      )
        .to.be.revertedWithCustomError(registry, "OrganizationNameTooLong")
        .withArgs(MAX_NAME_BYTES + 1, MAX_NAME_BYTES);
    });

    it("counts multi-byte UTF-8 names in bytes, not characters", async function () {
      const { registry } = await networkHelpers.loadFixture(deployPlatform);
      // "ʻ" (U+02BB, as in Oʻzbekiston) takes two bytes: 80 of them fill the limit exactly.
      const fits = "ʻ".repeat(MAX_NAME_BYTES / 2);
      expect(utf8Length(fits)).to.equal(MAX_NAME_BYTES);
      await registry.registerOrganization(OrganizationType.Agency, Region.Khorezm, 0, fits);
      expect((await registry.getOrganization(1)).name).to.equal(fits);

      // Fourteen times "Oʻzbekiston" and "Oʻzbek": 160 characters, but 175 bytes.
      const tooLong = `${"Oʻzbekiston".repeat(14)}Oʻzbek`;
      expect(tooLong.length).to.be.at.most(MAX_NAME_BYTES);
      expect(utf8Length(tooLong)).to.be.greaterThan(MAX_NAME_BYTES);
      await expect(
        registry.registerOrganization(OrganizationType.Agency, Region.Khorezm, 0, tooLong),
      )
        .to.be.revertedWithCustomError(registry, "OrganizationNameTooLong")
        .withArgs(utf8Length(tooLong), MAX_NAME_BYTES);
    });

    it("rejects an organization type or region outside the enums", async function () {
      const { registry } = await networkHelpers.loadFixture(deployPlatform);
      await expect(registry.registerOrganization(6, Region.Khorezm, 0, "Nomaʼlum")).to.be.revert(
        ethers,
      );
      await expect(
        registry.registerOrganization(OrganizationType.School, 14, 0, "Nomaʼlum"),
      ).to.be.revert(ethers);
    });

    it("is refused to everyone but the registrar, organization admins included", async function () {
      const { registry, admin, universityAdmin, issuer, stranger } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expectUnauthorized(registry, [admin, universityAdmin, issuer, stranger], (asCaller) =>
        asCaller.registerOrganization(OrganizationType.School, Region.Khorezm, 0, "Soxta"),
      );
    });
  });

  describe("setOrganizationStatus", function () {
    it("suspends and reactivates, emitting OrganizationStatusChanged each time", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.setOrganizationStatus(ids.school, Suspended))
        .to.emit(registry, "OrganizationStatusChanged")
        .withArgs(ids.school, Suspended);
      expect(await registry.isActive(ids.school)).to.equal(false);
      expect((await registry.getOrganization(ids.school)).status).to.equal(BigInt(Suspended));

      await expect(registry.setOrganizationStatus(ids.school, Active))
        .to.emit(registry, "OrganizationStatusChanged")
        .withArgs(ids.school, Active);
      expect(await registry.isActive(ids.school)).to.equal(true);
    });

    it("rejects a status that would not change", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.setOrganizationStatus(ids.school, Active))
        .to.be.revertedWithCustomError(registry, "OrganizationStatusUnchanged")
        .withArgs(ids.school, Active);
      await expect(registry.setOrganizationStatus(ids.kindergarten, Suspended))
        .to.be.revertedWithCustomError(registry, "OrganizationStatusUnchanged")
        .withArgs(ids.kindergarten, Suspended);
    });

    it("rejects None, which would erase the organization", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.setOrganizationStatus(ids.school, None))
        .to.be.revertedWithCustomError(registry, "InvalidOrganizationStatus")
        .withArgs(None);
      expect(await registry.isActive(ids.school)).to.equal(true);
    });

    it("rejects an unknown organization, id 0 included", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithOrganizations);
      for (const id of [0, ids.unknown]) {
        await expect(registry.setOrganizationStatus(id, Suspended))
          .to.be.revertedWithCustomError(registry, "UnknownOrganization")
          .withArgs(id);
      }
    });

    it("is refused to everyone but the registrar, the organization's own admin included", async function () {
      const { registry, admin, schoolAdmin, frozenAdmin, stranger } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      const attempts = [
        { caller: admin, id: ids.school, status: Suspended },
        { caller: schoolAdmin, id: ids.school, status: Suspended },
        { caller: frozenAdmin, id: ids.kindergarten, status: Active },
        { caller: stranger, id: ids.school, status: Suspended },
      ];
      for (const { caller, id, status } of attempts) {
        await expect(registry.connect(caller).setOrganizationStatus(id, status))
          .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
          .withArgs(caller.address);
      }
    });
  });

  describe("getOrganization and isActive", function () {
    it("reverts getOrganization for an unknown id and reports it inactive", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithOrganizations);
      for (const id of [0, 5, ids.unknown]) {
        await expect(registry.getOrganization(id))
          .to.be.revertedWithCustomError(registry, "UnknownOrganization")
          .withArgs(id);
        expect(await registry.isActive(id)).to.equal(false);
      }
    });

    it("reports a suspended organization as existing but inactive", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithOrganizations);
      expect((await registry.getOrganization(ids.kindergarten)).status).to.equal(BigInt(Suspended));
      expect(await registry.isActive(ids.kindergarten)).to.equal(false);
      expect(await registry.isActive(ids.university)).to.equal(true);
    });
  });

  describe("access management (AccessManaged)", function () {
    it("is not consuming a scheduled operation outside a restricted call", async function () {
      const { registry } = await networkHelpers.loadFixture(deployPlatform);
      expect(await registry.isConsumingScheduledOp()).to.equal("0x00000000");
    });

    it("refuses setAuthority to anyone but the current authority", async function () {
      const { registry, admin, registrar } = await networkHelpers.loadFixture(deployPlatform);
      for (const caller of [admin, registrar]) {
        await expectUnauthorized(registry, [caller], (asCaller) =>
          asCaller.setAuthority(caller.address),
        );
      }
    });

    it("moves to a new access manager when the admin asks the current one", async function () {
      const { manager, registry, admin } = await networkHelpers.loadFixture(deployPlatform);
      const successor = await ethers.deployContract("IshonchAccessManager", [admin.address]);
      const successorAddress = await successor.getAddress();
      await expect(manager.connect(admin).updateAuthority(registry, successorAddress))
        .to.emit(registry, "AuthorityUpdated")
        .withArgs(successorAddress);
      expect(await registry.authority()).to.equal(successorAddress);
    });
  });
});
