// OrganizationRegistry: who acts for which organization. Administrators are appointed by the
// registrar; administrators of an active organization manage its other staff roles.
import { expect } from "chai";
import {
  DELEGABLE_ROLES,
  deployWithOrganizations,
  ethers,
  expectUnauthorized,
  ids,
  networkHelpers,
  OrganizationStatus,
  StaffRole,
} from "./fixtures.js";

const { OrganizationAdmin, DiplomaIssuer, DiplomaRevoker, QueueOfficer } = StaffRole;
const bit = (role: number): bigint => 1n << BigInt(role);

type Platform = Awaited<ReturnType<typeof deployWithOrganizations>>;

/** Everyone who must not manage the university's staff: who they are, and their fixture key. */
const OUTSIDERS = [
  ["a stranger", "stranger"],
  ["a staff member without the admin role", "issuer"],
  ["an admin of another organization", "schoolAdmin"],
  ["the access manager's admin, who is not the registrar", "admin"],
] as const satisfies ReadonlyArray<readonly [string, keyof Platform]>;

describe("OrganizationRegistry: staff roles", function () {
  describe("grantOrganizationAdmin", function () {
    it("appoints an administrator and emits StaffRoleGranted", async function () {
      const { registry, registrar, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.grantOrganizationAdmin(ids.school, newcomer.address))
        .to.emit(registry, "StaffRoleGranted")
        .withArgs(ids.school, newcomer.address, OrganizationAdmin, registrar.address);
      expect(await registry.hasStaffRole(ids.school, OrganizationAdmin, newcomer.address)).to.equal(
        true,
      );
      expect(await registry.canAct(ids.school, OrganizationAdmin, newcomer.address)).to.equal(true);
    });

    it("rejects the zero account, an unknown or suspended organization and a repeat", async function () {
      const { registry, schoolAdmin, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(
        registry.grantOrganizationAdmin(ids.school, ethers.ZeroAddress),
      ).to.be.revertedWithCustomError(registry, "ZeroAccount");
      await expect(registry.grantOrganizationAdmin(ids.unknown, newcomer.address))
        .to.be.revertedWithCustomError(registry, "UnknownOrganization")
        .withArgs(ids.unknown);
      await expect(registry.grantOrganizationAdmin(ids.kindergarten, newcomer.address))
        .to.be.revertedWithCustomError(registry, "OrganizationNotActive")
        .withArgs(ids.kindergarten);
      await expect(registry.grantOrganizationAdmin(ids.school, schoolAdmin.address))
        .to.be.revertedWithCustomError(registry, "StaffRoleAlreadyGranted")
        .withArgs(ids.school, schoolAdmin.address, OrganizationAdmin);
    });

    it("is refused to everyone but the registrar, the organization's own admin included", async function () {
      const platform = await networkHelpers.loadFixture(deployWithOrganizations);
      const { registry, universityAdmin, newcomer } = platform;
      const callers = [...OUTSIDERS.map(([, key]) => platform[key]), universityAdmin];
      await expectUnauthorized(registry, callers, (asCaller) =>
        asCaller.grantOrganizationAdmin(ids.university, newcomer.address),
      );
    });
  });

  describe("revokeOrganizationAdmin", function () {
    it("removes an administrator, who can then no longer manage staff", async function () {
      const { registry, registrar, universityAdmin, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.revokeOrganizationAdmin(ids.university, universityAdmin.address))
        .to.emit(registry, "StaffRoleRevoked")
        .withArgs(ids.university, universityAdmin.address, OrganizationAdmin, registrar.address);
      expect(
        await registry.hasStaffRole(ids.university, OrganizationAdmin, universityAdmin.address),
      ).to.equal(false);
      await expect(
        registry
          .connect(universityAdmin)
          .grantStaffRole(ids.university, QueueOfficer, newcomer.address),
      )
        .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
        .withArgs(universityAdmin.address);
    });

    it("works on a suspended organization", async function () {
      const { registry, registrar, frozenAdmin } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.revokeOrganizationAdmin(ids.kindergarten, frozenAdmin.address))
        .to.emit(registry, "StaffRoleRevoked")
        .withArgs(ids.kindergarten, frozenAdmin.address, OrganizationAdmin, registrar.address);
    });

    it("rejects an account that is not an administrator and an unknown organization", async function () {
      const { registry, issuer, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.revokeOrganizationAdmin(ids.university, issuer.address))
        .to.be.revertedWithCustomError(registry, "StaffRoleNotGranted")
        .withArgs(ids.university, issuer.address, OrganizationAdmin);
      await expect(registry.revokeOrganizationAdmin(ids.unknown, newcomer.address))
        .to.be.revertedWithCustomError(registry, "UnknownOrganization")
        .withArgs(ids.unknown);
    });

    it("is refused to everyone but the registrar, a fellow admin included", async function () {
      const platform = await networkHelpers.loadFixture(deployWithOrganizations);
      const { registry, universityAdmin, newcomer } = platform;
      await registry.grantOrganizationAdmin(ids.university, newcomer.address);
      const callers = [...OUTSIDERS.map(([, key]) => platform[key]), newcomer];
      await expectUnauthorized(registry, callers, (asCaller) =>
        asCaller.revokeOrganizationAdmin(ids.university, universityAdmin.address),
      );
    });
  });

  describe("grantStaffRole", function () {
    it("lets the organization's admin grant every delegable role", async function () {
      const { registry, universityAdmin, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      for (const role of DELEGABLE_ROLES) {
        await expect(
          registry.connect(universityAdmin).grantStaffRole(ids.university, role, newcomer.address),
        )
          .to.emit(registry, "StaffRoleGranted")
          .withArgs(ids.university, newcomer.address, role, universityAdmin.address);
        expect(await registry.hasStaffRole(ids.university, role, newcomer.address)).to.equal(true);
      }
      const allDelegable = DELEGABLE_ROLES.reduce((mask, role) => mask | bit(role), 0n);
      expect(await registry.staffRolesOf(ids.university, newcomer.address)).to.equal(allDelegable);
    });

    it("lets the registrar grant in any active organization", async function () {
      const { registry, registrar, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.grantStaffRole(ids.school, DiplomaIssuer, newcomer.address))
        .to.emit(registry, "StaffRoleGranted")
        .withArgs(ids.school, newcomer.address, DiplomaIssuer, registrar.address);
    });

    it("never grants OrganizationAdmin, not even for the registrar", async function () {
      const { registry, registrar, universityAdmin, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      for (const caller of [universityAdmin, registrar]) {
        await expect(
          registry
            .connect(caller)
            .grantStaffRole(ids.university, OrganizationAdmin, newcomer.address),
        ).to.be.revertedWithCustomError(registry, "OrganizationAdminNeedsRegistrar");
      }
    });

    it("rejects the zero account, a repeat, an unknown or a suspended organization", async function () {
      const { registry, universityAdmin, issuer, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      const byAdmin = registry.connect(universityAdmin);
      await expect(
        byAdmin.grantStaffRole(ids.university, QueueOfficer, ethers.ZeroAddress),
      ).to.be.revertedWithCustomError(registry, "ZeroAccount");
      await expect(byAdmin.grantStaffRole(ids.university, DiplomaIssuer, issuer.address))
        .to.be.revertedWithCustomError(registry, "StaffRoleAlreadyGranted")
        .withArgs(ids.university, issuer.address, DiplomaIssuer);
      await expect(registry.grantStaffRole(ids.unknown, QueueOfficer, newcomer.address))
        .to.be.revertedWithCustomError(registry, "UnknownOrganization")
        .withArgs(ids.unknown);
      await expect(registry.grantStaffRole(ids.kindergarten, QueueOfficer, newcomer.address))
        .to.be.revertedWithCustomError(registry, "OrganizationNotActive")
        .withArgs(ids.kindergarten);
    });

    for (const [who, key] of OUTSIDERS) {
      it(`is refused to ${who}`, async function () {
        const platform = await networkHelpers.loadFixture(deployWithOrganizations);
        await expectUnauthorized(platform.registry, [platform[key]], (asCaller) =>
          asCaller.grantStaffRole(ids.university, QueueOfficer, platform.newcomer.address),
        );
      });
    }

    it("is refused to the admin of a suspended organization until it is reactivated", async function () {
      const { registry, frozenAdmin, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      const byFrozenAdmin = registry.connect(frozenAdmin);
      await expect(byFrozenAdmin.grantStaffRole(ids.kindergarten, QueueOfficer, newcomer.address))
        .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
        .withArgs(frozenAdmin.address);
      await registry.setOrganizationStatus(ids.kindergarten, OrganizationStatus.Active);
      await expect(byFrozenAdmin.grantStaffRole(ids.kindergarten, QueueOfficer, newcomer.address))
        .to.emit(registry, "StaffRoleGranted")
        .withArgs(ids.kindergarten, newcomer.address, QueueOfficer, frozenAdmin.address);
    });
  });

  describe("revokeStaffRole", function () {
    it("lets the organization's admin revoke, emitting StaffRoleRevoked", async function () {
      const { registry, universityAdmin, issuer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(
        registry
          .connect(universityAdmin)
          .revokeStaffRole(ids.university, DiplomaIssuer, issuer.address),
      )
        .to.emit(registry, "StaffRoleRevoked")
        .withArgs(ids.university, issuer.address, DiplomaIssuer, universityAdmin.address);
      expect(await registry.hasStaffRole(ids.university, DiplomaIssuer, issuer.address)).to.equal(
        false,
      );
    });

    it("lets the registrar revoke, even in a suspended organization", async function () {
      const { registry, registrar, frozenAdmin, issuer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.revokeStaffRole(ids.university, DiplomaIssuer, issuer.address))
        .to.emit(registry, "StaffRoleRevoked")
        .withArgs(ids.university, issuer.address, DiplomaIssuer, registrar.address);

      await registry.setOrganizationStatus(ids.kindergarten, OrganizationStatus.Active);
      await registry
        .connect(frozenAdmin)
        .grantStaffRole(ids.kindergarten, QueueOfficer, issuer.address);
      await registry.setOrganizationStatus(ids.kindergarten, OrganizationStatus.Suspended);
      await expect(registry.revokeStaffRole(ids.kindergarten, QueueOfficer, issuer.address))
        .to.emit(registry, "StaffRoleRevoked")
        .withArgs(ids.kindergarten, issuer.address, QueueOfficer, registrar.address);
    });

    it("never revokes OrganizationAdmin, not even for the registrar", async function () {
      const { registry, registrar, universityAdmin, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await registry.grantOrganizationAdmin(ids.university, newcomer.address);
      for (const caller of [universityAdmin, registrar]) {
        await expect(
          registry
            .connect(caller)
            .revokeStaffRole(ids.university, OrganizationAdmin, newcomer.address),
        ).to.be.revertedWithCustomError(registry, "OrganizationAdminNeedsRegistrar");
      }
    });

    it("rejects a role that is not held and an unknown organization", async function () {
      const { registry, universityAdmin, issuer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(
        registry
          .connect(universityAdmin)
          .revokeStaffRole(ids.university, DiplomaRevoker, issuer.address),
      )
        .to.be.revertedWithCustomError(registry, "StaffRoleNotGranted")
        .withArgs(ids.university, issuer.address, DiplomaRevoker);
      await expect(registry.revokeStaffRole(ids.unknown, DiplomaIssuer, issuer.address))
        .to.be.revertedWithCustomError(registry, "UnknownOrganization")
        .withArgs(ids.unknown);
    });

    it("is refused to outsiders and to the admin of a suspended organization", async function () {
      const platform = await networkHelpers.loadFixture(deployWithOrganizations);
      const { registry, issuer, frozenAdmin, newcomer } = platform;
      const outsiders = OUTSIDERS.map(([, key]) => platform[key]);
      await expectUnauthorized(registry, outsiders, (asCaller) =>
        asCaller.revokeStaffRole(ids.university, DiplomaIssuer, issuer.address),
      );
      await registry.setOrganizationStatus(ids.kindergarten, OrganizationStatus.Active);
      await registry
        .connect(frozenAdmin)
        .grantStaffRole(ids.kindergarten, QueueOfficer, newcomer.address);
      await registry.setOrganizationStatus(ids.kindergarten, OrganizationStatus.Suspended);
      await expect(
        registry
          .connect(frozenAdmin)
          .revokeStaffRole(ids.kindergarten, QueueOfficer, newcomer.address),
      )
        .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
        .withArgs(frozenAdmin.address);
    });
  });

  describe("renounceStaffRole", function () {
    it("lets a staff member give up a role, even an administrator's", async function () {
      const { registry, issuer, universityAdmin } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      for (const [member, role] of [
        [issuer, DiplomaIssuer],
        [universityAdmin, OrganizationAdmin],
      ] as const) {
        await expect(registry.connect(member).renounceStaffRole(ids.university, role))
          .to.emit(registry, "StaffRoleRevoked")
          .withArgs(ids.university, member.address, role, member.address);
        expect(await registry.hasStaffRole(ids.university, role, member.address)).to.equal(false);
      }
    });

    it("works in a suspended organization", async function () {
      const { registry, frozenAdmin } = await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(
        registry.connect(frozenAdmin).renounceStaffRole(ids.kindergarten, OrganizationAdmin),
      )
        .to.emit(registry, "StaffRoleRevoked")
        .withArgs(ids.kindergarten, frozenAdmin.address, OrganizationAdmin, frozenAdmin.address);
    });

    it("rejects a role the caller does not hold and an unknown organization", async function () {
      const { registry, issuer } = await networkHelpers.loadFixture(deployWithOrganizations);
      await expect(registry.connect(issuer).renounceStaffRole(ids.university, QueueOfficer))
        .to.be.revertedWithCustomError(registry, "StaffRoleNotGranted")
        .withArgs(ids.university, issuer.address, QueueOfficer);
      await expect(registry.connect(issuer).renounceStaffRole(ids.unknown, DiplomaIssuer))
        .to.be.revertedWithCustomError(registry, "UnknownOrganization")
        .withArgs(ids.unknown);
    });
  });

  describe("staffCount", function () {
    it("counts the holders of a role, up on each grant, down on each revocation or renouncement", async function () {
      const { registry, universityAdmin, issuer, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      const count = () => registry.staffCount(ids.university, DiplomaIssuer);
      expect(await count()).to.equal(1n);
      await registry
        .connect(universityAdmin)
        .grantStaffRole(ids.university, DiplomaIssuer, newcomer);
      expect(await count()).to.equal(2n);
      await registry
        .connect(universityAdmin)
        .revokeStaffRole(ids.university, DiplomaIssuer, issuer);
      expect(await count()).to.equal(1n);
      await registry.connect(newcomer).renounceStaffRole(ids.university, DiplomaIssuer);
      expect(await count()).to.equal(0n);
      expect(await registry.staffCount(ids.university, OrganizationAdmin)).to.equal(1n);
      expect(await registry.staffCount(ids.school, DiplomaIssuer)).to.equal(0n);
    });
  });

  describe("canAct", function () {
    it("is true only for a held role in an active organization", async function () {
      const { registry, issuer, stranger } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      expect(await registry.canAct(ids.university, DiplomaIssuer, issuer.address)).to.equal(true);
      expect(await registry.canAct(ids.university, DiplomaRevoker, issuer.address)).to.equal(false);
      expect(await registry.canAct(ids.school, DiplomaIssuer, issuer.address)).to.equal(false);
      expect(await registry.canAct(ids.university, DiplomaIssuer, stranger.address)).to.equal(
        false,
      );
      expect(await registry.canAct(ids.unknown, DiplomaIssuer, issuer.address)).to.equal(false);
    });

    it("is false while the organization is suspended, though the role is kept", async function () {
      const { registry, issuer, frozenAdmin } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      expect(
        await registry.hasStaffRole(ids.kindergarten, OrganizationAdmin, frozenAdmin.address),
      ).to.equal(true);
      expect(
        await registry.canAct(ids.kindergarten, OrganizationAdmin, frozenAdmin.address),
      ).to.equal(false);

      await registry.setOrganizationStatus(ids.university, OrganizationStatus.Suspended);
      expect(await registry.canAct(ids.university, DiplomaIssuer, issuer.address)).to.equal(false);
      expect(await registry.hasStaffRole(ids.university, DiplomaIssuer, issuer.address)).to.equal(
        true,
      );
      await registry.setOrganizationStatus(ids.university, OrganizationStatus.Active);
      expect(await registry.canAct(ids.university, DiplomaIssuer, issuer.address)).to.equal(true);
    });
  });

  describe("staffRolesOf and organizationsOf", function () {
    it("track grants, revokes and renouncements across organizations", async function () {
      const { registry, universityAdmin, newcomer } =
        await networkHelpers.loadFixture(deployWithOrganizations);
      const organizationsOfNewcomer = async () =>
        (await registry.organizationsOf(newcomer.address)).map(Number);
      expect(await organizationsOfNewcomer()).to.deep.equal([]);
      expect(await registry.staffRolesOf(ids.university, newcomer.address)).to.equal(0n);

      await registry.grantOrganizationAdmin(ids.school, newcomer.address);
      const byAdmin = registry.connect(universityAdmin);
      await byAdmin.grantStaffRole(ids.university, DiplomaIssuer, newcomer.address);
      await byAdmin.grantStaffRole(ids.university, QueueOfficer, newcomer.address);
      expect(await organizationsOfNewcomer())
        .to.have.members([ids.school, ids.university])
        .and.length(2);
      expect(await registry.staffRolesOf(ids.school, newcomer.address)).to.equal(
        bit(OrganizationAdmin),
      );
      expect(await registry.staffRolesOf(ids.university, newcomer.address)).to.equal(
        bit(DiplomaIssuer) | bit(QueueOfficer),
      );

      // One role of two gone: still staff of the university.
      await byAdmin.revokeStaffRole(ids.university, DiplomaIssuer, newcomer.address);
      expect(await registry.staffRolesOf(ids.university, newcomer.address)).to.equal(
        bit(QueueOfficer),
      );
      expect(await organizationsOfNewcomer())
        .to.have.members([ids.school, ids.university])
        .and.length(2);

      await registry.revokeOrganizationAdmin(ids.school, newcomer.address);
      expect(await organizationsOfNewcomer()).to.deep.equal([ids.university]);

      await registry.connect(newcomer).renounceStaffRole(ids.university, QueueOfficer);
      expect(await organizationsOfNewcomer()).to.deep.equal([]);
      expect(await registry.staffRolesOf(ids.university, newcomer.address)).to.equal(0n);

      await byAdmin.grantStaffRole(ids.university, DiplomaRevoker, newcomer.address);
      expect(await organizationsOfNewcomer()).to.deep.equal([ids.university]);
    });
  });
});
