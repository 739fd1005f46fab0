// The directory of services and the upgrade procedure of docs/production.md: after the
// hand-over no single key (a council member, an organization's administrator, the deploying
// account) re-points a service; M council approvals and the public delay do, and the
// directory keeps every earlier version for verifying old documents.
import { expect } from "chai";
import { ZeroAddress, id as textHash } from "ethers";
import { serviceId } from "../ignition/modules/Directory.js";
import UpgradeCertificateRegistryModule from "../ignition/modules/UpgradeCertificateRegistry.js";
import {
  DELAY,
  ProposalState,
  deployProduction,
  nextProposalId,
  passProposal,
} from "./CouncilFixtures.js";
import {
  OrganizationType,
  Region,
  SERVICES,
  StaffRole,
  deployIshonch,
  ethers,
  ignition,
  networkHelpers,
} from "./fixtures.js";

const CERTIFICATES = serviceId("CertificateRegistry");

/** The platform before the hand-over, its directory still writable by the deploying account. */
async function deployPlatform() {
  return deployIshonch();
}

/** Step 1 of the procedure: production, and a new certificate registry deployed by Ignition. */
async function deployNewRegistryVersion() {
  const platform = await deployProduction();
  const { manager, registry, directory } = platform;
  const upgrade = await ignition.deploy(UpgradeCertificateRegistryModule, {
    parameters: {
      UpgradeCertificateRegistry: {
        accessManager: await manager.getAddress(),
        organizationRegistry: await registry.getAddress(),
      },
    },
  });
  const oldRegistry = await ethers.getContractAt(
    "CertificateRegistry",
    await directory.currentContract(CERTIFICATES),
  );
  const newRegistry = await ethers.getContractAt(
    "CertificateRegistry",
    await upgrade.certificateRegistry.getAddress(),
  );
  const repoint = directory.interface.encodeFunctionData("setServiceContract", [
    CERTIFICATES,
    await newRegistry.getAddress(),
  ]);
  return { ...platform, oldRegistry, newRegistry, repoint };
}

describe("Directory of services and contract upgrades (IshonchDirectory)", function () {
  describe("deployment", function () {
    it("lists every service's contract as its first version", async function () {
      const platform = await networkHelpers.loadFixture(deployPlatform);
      const { directory, manager } = platform;
      const expected = {
        OrganizationRegistry: platform.registry,
        CertificateRegistry: platform.certificates,
        KindergartenQueue: platform.queue,
        CitizenAppeals: platform.appeals,
        IshonchCouncil: platform.council,
      };
      // Ignition sends the registrations in any order.
      expect(await directory.services()).to.have.members(SERVICES.map(serviceId));
      for (const name of SERVICES) {
        const address = await expected[name].getAddress();
        expect(await directory.currentContract(serviceId(name)), name).to.equal(address);
        expect(await directory.versionCount(serviceId(name))).to.equal(1);
        expect(await directory.wasVersionOf(serviceId(name), address)).to.equal(true);
      }
      expect(await directory.authority()).to.equal(await manager.getAddress());
      const registered = await directory.queryFilter(directory.filters.ServiceContractSet());
      expect(registered.map((event) => [...event.args])).to.have.deep.members(
        await Promise.all(
          SERVICES.map(async (name) => [
            serviceId(name),
            ZeroAddress,
            await expected[name].getAddress(),
            1n,
          ]),
        ),
      );
    });

    it("refuses a zero address, an address without code, and the current contract", async function () {
      const { certificates, directory } = await networkHelpers.loadFixture(deployPlatform);
      const [, stranger] = await ethers.getSigners();
      const current = await certificates.getAddress();
      await expect(directory.setServiceContract(CERTIFICATES, ZeroAddress))
        .to.be.revertedWithCustomError(directory, "ZeroServiceContract")
        .withArgs(CERTIFICATES);
      await expect(directory.setServiceContract(CERTIFICATES, stranger!.address))
        .to.be.revertedWithCustomError(directory, "NoContractCode")
        .withArgs(CERTIFICATES, stranger!.address);
      await expect(directory.setServiceContract(CERTIFICATES, current))
        .to.be.revertedWithCustomError(directory, "AlreadyCurrentContract")
        .withArgs(CERTIFICATES, current);
      const unknown = serviceId("Nothing");
      await expect(directory.currentContract(unknown))
        .to.be.revertedWithCustomError(directory, "UnknownService")
        .withArgs(unknown);
      await expect(directory.versionAt(CERTIFICATES, 1))
        .to.be.revertedWithCustomError(directory, "VersionOutOfRange")
        .withArgs(CERTIFICATES, 1, 1);
    });
  });

  describe("no single key re-points a service", function () {
    it("refuses a council member, the deploying account and an organization's administrator", async function () {
      const { directory, council, registry, members, deployer, orgAdmin, stranger, newRegistry } =
        await networkHelpers.loadFixture(deployNewRegistryVersion);
      const register = registry.interface.encodeFunctionData("registerOrganization", [
        OrganizationType.University,
        Region.TashkentCity,
        0,
        "Toshkent davlat texnika universiteti",
      ]);
      const appoint = registry.interface.encodeFunctionData("grantOrganizationAdmin", [
        1,
        orgAdmin.address,
      ]);
      const pair = [members[0]!, members[1]!];
      await passProposal(council, await registry.getAddress(), register, pair, stranger);
      await passProposal(council, await registry.getAddress(), appoint, pair, stranger);
      expect(await registry.hasStaffRole(1, StaffRole.OrganizationAdmin, orgAdmin)).to.equal(true);

      for (const caller of [members[0]!, deployer, orgAdmin]) {
        await expect(directory.connect(caller).setServiceContract(CERTIFICATES, newRegistry))
          .to.be.revertedWithCustomError(directory, "AccessManagedUnauthorized")
          .withArgs(caller.address);
      }
      expect(await directory.versionCount(CERTIFICATES)).to.equal(1);
    });

    it("never executes one member's upgrade proposal, however long it waits", async function () {
      const { directory, council, members, stranger, oldRegistry, repoint } =
        await networkHelpers.loadFixture(deployNewRegistryVersion);
      const id = await nextProposalId(council);
      await expect(council.connect(members[0]!).propose(directory, repoint, textHash("upgrade")))
        .to.emit(council, "ProposalCreated")
        .and.not.to.emit(council, "ProposalScheduled");
      await networkHelpers.time.increase(100n * DELAY);
      await expect(council.connect(stranger).execute(id))
        .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
        .withArgs(id, ProposalState.Pending);
      expect(await directory.currentContract(CERTIFICATES)).to.equal(oldRegistry);
    });
  });

  describe("the upgrade procedure", function () {
    it("wires the new version, then re-points the directory after M approvals and the delay", async function () {
      const { directory, council, manager, members, stranger, oldRegistry, newRegistry, repoint } =
        await networkHelpers.loadFixture(deployNewRegistryVersion);
      const registrarRole = await manager.REGISTRAR_ROLE();
      const oversight = await newRegistry.oversightSelectors();
      const wire = manager.interface.encodeFunctionData("setTargetFunctionRole", [
        await newRegistry.getAddress(),
        [...oversight],
        registrarRole,
      ]);
      await passProposal(
        council,
        await manager.getAddress(),
        wire,
        [members[1]!, members[2]!],
        stranger,
      );
      for (const selector of oversight) {
        expect(await manager.getTargetFunctionRole(newRegistry, selector)).to.equal(registrarRole);
      }

      const id = await nextProposalId(council);
      await expect(council.connect(members[0]!).propose(directory, repoint, textHash("upgrade")))
        .to.emit(council, "ProposalCreated")
        .withArgs(
          id,
          members[0]!.address,
          await directory.getAddress(),
          repoint,
          textHash("upgrade"),
        );
      await expect(council.connect(members[2]!).approve(id))
        .to.emit(council, "ProposalApproved")
        .withArgs(id, members[2]!.address, 2)
        .and.to.emit(council, "ProposalScheduled");
      const { executableAt } = await council.getProposal(id);

      await networkHelpers.time.setNextBlockTimestamp(executableAt - 1n);
      await expect(council.connect(stranger).execute(id))
        .to.be.revertedWithCustomError(council, "ProposalNotReady")
        .withArgs(id, executableAt);
      expect(await directory.currentContract(CERTIFICATES)).to.equal(oldRegistry);

      await networkHelpers.time.setNextBlockTimestamp(executableAt);
      await expect(council.connect(stranger).execute(id))
        .to.emit(directory, "ServiceContractSet")
        .withArgs(CERTIFICATES, await oldRegistry.getAddress(), await newRegistry.getAddress(), 2)
        .and.to.emit(council, "ProposalExecuted")
        .withArgs(id, stranger.address);

      expect(await directory.currentContract(CERTIFICATES)).to.equal(newRegistry);
      expect(await directory.versionCount(CERTIFICATES)).to.equal(2);
      const [first, second] = [
        await directory.versionAt(CERTIFICATES, 0),
        await directory.versionAt(CERTIFICATES, 1),
      ];
      expect(first.contractAddress).to.equal(oldRegistry);
      expect(second.contractAddress).to.equal(newRegistry);
      expect(second.sinceTime).to.equal(executableAt);
      expect(first.sinceTime < second.sinceTime).to.equal(true);
      expect(await directory.wasVersionOf(CERTIFICATES, oldRegistry)).to.equal(true);
      expect(await directory.wasVersionOf(CERTIFICATES, newRegistry)).to.equal(true);
      expect(await directory.wasVersionOf(serviceId("KindergartenQueue"), newRegistry)).to.equal(
        false,
      );
    });
  });
});
