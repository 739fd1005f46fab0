// The deployment's wiring: what the Ignition module sets up is what the platform's access
// rules rely on, so it is checked on the deployed contracts themselves.
import { expect } from "chai";
import {
  ADMIN_ROLE,
  deployIshonch,
  deployPlatform,
  ethers,
  expectRoleGivenExactly,
  networkHelpers,
  OrganizationType,
  Region,
  selectorsOf,
} from "./fixtures.js";

const RESTRICTED_FUNCTIONS = [
  "registerOrganization",
  "setOrganizationStatus",
  "grantOrganizationAdmin",
  "revokeOrganizationAdmin",
  "grantStaffRole",
  "revokeStaffRole",
] as const;

/** The module with its default parameters: the deploying account holds every role. */
async function deployWithDefaults() {
  const [deployer, stranger] = await ethers.getSigners();
  const { manager, registry } = await deployIshonch();
  return { manager, registry, deployer, stranger };
}

describe("Deployment (Ignition module Ishonch)", function () {
  it("makes the access manager the registry's authority", async function () {
    const { manager, registry } = await networkHelpers.loadFixture(deployPlatform);
    expect(await registry.authority()).to.equal(await manager.getAddress());
  });

  it("gives ADMIN_ROLE to the admin and REGISTRAR_ROLE to the registrar only", async function () {
    const { manager, admin, registrar } = await networkHelpers.loadFixture(deployPlatform);
    const registrarRole = await manager.REGISTRAR_ROLE();
    expect(registrarRole).to.equal(1n);
    expect((await manager.hasRole(ADMIN_ROLE, admin.address))[0]).to.equal(true);
    expect((await manager.hasRole(ADMIN_ROLE, registrar.address))[0]).to.equal(false);
    expect(await manager.hasRole(registrarRole, registrar.address)).to.deep.equal([true, 0n]);
    expect((await manager.hasRole(registrarRole, admin.address))[0]).to.equal(false);
  });

  it("labels every role of the deployment", async function () {
    const { manager } = await networkHelpers.loadFixture(deployPlatform);
    const labels = await manager.queryFilter(manager.filters.RoleLabel());
    expect(labels.map((event) => [event.args.roleId, event.args.label])).to.have.deep.members([
      [1n, "REGISTRAR"],
      [20n, "QUEUE_SETTINGS"],
      [30n, "APPEALS_RELAYER"],
    ]);
  });

  it("lists exactly the six restricted functions as registrarSelectors", async function () {
    const { registry } = await networkHelpers.loadFixture(deployPlatform);
    expect(await registry.registrarSelectors())
      .to.have.members(selectorsOf(registry, RESTRICTED_FUNCTIONS))
      .and.have.length(6);
  });

  it("assigns the registrar role to those six functions and to no other", async function () {
    const { manager, registry } = await networkHelpers.loadFixture(deployPlatform);
    const registrarRole = await manager.REGISTRAR_ROLE();
    await expectRoleGivenExactly(manager, registry, RESTRICTED_FUNCTIONS, registrarRole);
  });

  it("lets the registrar register and refuses everyone else", async function () {
    const { registry, admin, stranger } = await networkHelpers.loadFixture(deployPlatform);
    const register = (signer: typeof admin) =>
      registry
        .connect(signer)
        .registerOrganization(OrganizationType.Agency, Region.TashkentCity, 0, "Adliya vazirligi");
    for (const caller of [admin, stranger]) {
      await expect(register(caller))
        .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
        .withArgs(caller.address);
    }
    await expect(
      registry.registerOrganization(
        OrganizationType.Agency,
        Region.TashkentCity,
        0,
        "Adliya vazirligi",
      ),
    )
      .to.emit(registry, "OrganizationRegistered")
      .withArgs(1, OrganizationType.Agency, Region.TashkentCity, 0, "Adliya vazirligi");
  });

  it("makes the deploying account admin and registrar by default", async function () {
    const { manager, registry, deployer, stranger } =
      await networkHelpers.loadFixture(deployWithDefaults);
    expect((await manager.hasRole(ADMIN_ROLE, deployer.address))[0]).to.equal(true);
    expect((await manager.hasRole(await manager.REGISTRAR_ROLE(), deployer.address))[0]).to.equal(
      true,
    );
    await expect(
      registry.connect(stranger).registerOrganization(OrganizationType.Ministry, 0, 0, "Vazirlik"),
    )
      .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
      .withArgs(stranger.address);
    await expect(
      registry.connect(deployer).registerOrganization(OrganizationType.Ministry, 0, 0, "Vazirlik"),
    ).to.emit(registry, "OrganizationRegistered");
  });
});
