// The council of agencies: no single key (a member, an organization's administrator, the
// deploying account) accredits an organization or appoints its administrator; M approvals
// schedule the call, which executes only after the access manager's public delay.
import { expect } from "chai";
import { id as textHash } from "ethers";
import {
  DEMO_COUNCIL_DELAY_SECONDS,
  DEMO_COUNCIL_MEMBERS,
  DEMO_COUNCIL_THRESHOLD,
} from "../ignition/modules/Council.js";
import {
  DELAY,
  ProposalState,
  deployProduction,
  nextProposalId,
  passProposal,
} from "./CouncilFixtures.js";
import {
  ADMIN_ROLE,
  OrganizationType,
  Region,
  StaffRole,
  ethers,
  deployIshonch,
  networkHelpers,
} from "./fixtures.js";

const UNIVERSITY = "Toshkent davlat texnika universiteti";

/** Production, with a university accredited and given an administrator by the council. */
async function deployWithUniversity() {
  const platform = await deployProduction();
  const { council, registry, members, orgAdmin, stranger } = platform;
  const target = await registry.getAddress();
  const register = registry.interface.encodeFunctionData("registerOrganization", [
    OrganizationType.University,
    Region.TashkentCity,
    0,
    UNIVERSITY,
  ]);
  const appoint = registry.interface.encodeFunctionData("grantOrganizationAdmin", [
    1,
    orgAdmin.address,
  ]);
  await passProposal(council, target, register, [members[0]!, members[1]!], stranger);
  await passProposal(council, target, appoint, [members[1]!, members[2]!], stranger);
  return { ...platform, universityId: 1 };
}

describe("Council of agencies (IshonchCouncil, Production deployment)", function () {
  describe("no single key", function () {
    it("leaves the deploying account without any role after the hand-over", async function () {
      const { manager, registry, queue, council, deployer } =
        await networkHelpers.loadFixture(deployProduction);
      const roles = [ADMIN_ROLE, await manager.REGISTRAR_ROLE(), await queue.QUEUE_SETTINGS_ROLE()];
      for (const role of roles) {
        expect((await manager.hasRole(role, deployer.address))[0], `role ${role}`).to.equal(false);
        expect(await manager.hasRole(role, await council.getAddress())).to.deep.equal([
          true,
          DELAY,
        ]);
      }
      await expect(
        registry.connect(deployer).registerOrganization(OrganizationType.University, 0, 0, "X"),
      )
        .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
        .withArgs(deployer.address);
    });

    it("refuses a single member who calls the registry directly", async function () {
      const { registry, members } = await networkHelpers.loadFixture(deployWithUniversity);
      const member = members[0]!;
      await expect(
        registry.connect(member).registerOrganization(OrganizationType.University, 0, 0, "X"),
      )
        .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
        .withArgs(member.address);
      await expect(registry.connect(member).grantOrganizationAdmin(1, member.address))
        .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
        .withArgs(member.address);
    });

    it("never executes a single member's proposal, however long it waits", async function () {
      const { council, registry, members, stranger } =
        await networkHelpers.loadFixture(deployProduction);
      const id = await nextProposalId(council);
      const data = registry.interface.encodeFunctionData("registerOrganization", [
        OrganizationType.University,
        Region.Samarkand,
        0,
        UNIVERSITY,
      ]);
      await expect(council.connect(members[0]!).propose(registry, data, textHash("alone")))
        .to.emit(council, "ProposalCreated")
        .withArgs(id, members[0]!.address, await registry.getAddress(), data, textHash("alone"))
        .and.to.emit(council, "ProposalApproved")
        .withArgs(id, members[0]!.address, 1)
        .and.not.to.emit(council, "ProposalScheduled");
      await networkHelpers.time.increase(100n * DELAY);
      await expect(council.connect(stranger).execute(id))
        .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
        .withArgs(id, ProposalState.Pending);
      await expect(council.connect(members[0]!).approve(id))
        .to.be.revertedWithCustomError(council, "AlreadyApproved")
        .withArgs(id, members[0]!.address);
      expect(await registry.organizationCount()).to.equal(0);
    });

    it("refuses an organization admin who accredits or appoints an administrator", async function () {
      const { registry, orgAdmin, newcomer, universityId } =
        await networkHelpers.loadFixture(deployWithUniversity);
      expect(
        await registry.hasStaffRole(universityId, StaffRole.OrganizationAdmin, orgAdmin),
      ).to.equal(true);
      await expect(
        registry
          .connect(orgAdmin)
          .registerOrganization(OrganizationType.University, 0, universityId, "Filial"),
      )
        .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
        .withArgs(orgAdmin.address);
      await expect(registry.connect(orgAdmin).grantOrganizationAdmin(universityId, newcomer))
        .to.be.revertedWithCustomError(registry, "AccessManagedUnauthorized")
        .withArgs(orgAdmin.address);
      await expect(
        registry
          .connect(orgAdmin)
          .grantStaffRole(universityId, StaffRole.OrganizationAdmin, newcomer),
      ).to.be.revertedWithCustomError(registry, "OrganizationAdminNeedsRegistrar");
    });

    it("lets an organization admin manage its own staff without the council", async function () {
      const { registry, orgAdmin, newcomer, universityId } =
        await networkHelpers.loadFixture(deployWithUniversity);
      await expect(
        registry.connect(orgAdmin).grantStaffRole(universityId, StaffRole.DiplomaIssuer, newcomer),
      )
        .to.emit(registry, "StaffRoleGranted")
        .withArgs(universityId, newcomer.address, StaffRole.DiplomaIssuer, orgAdmin.address);
    });

    it("refuses proposals and approvals from outside the council", async function () {
      const { council, registry, stranger, members } =
        await networkHelpers.loadFixture(deployProduction);
      const data = registry.interface.encodeFunctionData("setOrganizationStatus", [1, 2]);
      await expect(council.connect(stranger).propose(registry, data, textHash("x")))
        .to.be.revertedWithCustomError(council, "NotCouncilMember")
        .withArgs(stranger.address);
      await council.connect(members[0]!).propose(registry, data, textHash("x"));
      await expect(council.connect(stranger).approve(1))
        .to.be.revertedWithCustomError(council, "NotCouncilMember")
        .withArgs(stranger.address);
    });
  });

  describe("M approvals, then the public delay", function () {
    it("schedules at the second approval and executes only once the delay is over", async function () {
      const { council, registry, manager, members, stranger } =
        await networkHelpers.loadFixture(deployProduction);
      const data = registry.interface.encodeFunctionData("registerOrganization", [
        OrganizationType.University,
        Region.TashkentCity,
        0,
        UNIVERSITY,
      ]);
      await council.connect(members[0]!).propose(registry, data, textHash("accredit"));
      const approval = council.connect(members[2]!).approve(1);
      await expect(approval)
        .to.emit(council, "ProposalApproved")
        .withArgs(1, members[2]!.address, 2)
        .and.to.emit(council, "ProposalScheduled")
        .and.to.emit(manager, "OperationScheduled");
      const scheduledAt = BigInt(await networkHelpers.time.latest());
      const proposal = await council.getProposal(1);
      expect(proposal.state).to.equal(ProposalState.Scheduled);
      expect(proposal.executableAt).to.equal(scheduledAt + DELAY);
      expect(proposal.approvers).to.deep.equal([members[0]!.address, members[2]!.address]);
      await expect(council.connect(members[1]!).approve(1))
        .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
        .withArgs(1, ProposalState.Scheduled);

      await networkHelpers.time.setNextBlockTimestamp(proposal.executableAt - 1n);
      await expect(council.connect(stranger).execute(1))
        .to.be.revertedWithCustomError(council, "ProposalNotReady")
        .withArgs(1, proposal.executableAt);
      expect(await registry.organizationCount()).to.equal(0);

      await networkHelpers.time.setNextBlockTimestamp(proposal.executableAt);
      await expect(council.connect(stranger).execute(1))
        .to.emit(registry, "OrganizationRegistered")
        .withArgs(1, OrganizationType.University, Region.TashkentCity, 0, UNIVERSITY)
        .and.to.emit(council, "ProposalExecuted")
        .withArgs(1, stranger.address);
      expect((await council.getProposal(1)).state).to.equal(ProposalState.Executed);
      await expect(council.connect(stranger).execute(1))
        .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
        .withArgs(1, ProposalState.Executed);
    });

    it("does not propose a call it could only make without the public delay", async function () {
      const { council, appeals, members } = await networkHelpers.loadFixture(deployProduction);
      const selector = appeals.interface.getFunction("fileAppeal").selector;
      await expect(council.connect(members[0]!).propose(appeals, selector, textHash("x")))
        .to.be.revertedWithCustomError(council, "CallWithoutDelay")
        .withArgs(await appeals.getAddress(), selector);
      await expect(
        council.connect(members[0]!).propose(appeals, "0x", textHash("x")),
      ).to.be.revertedWithCustomError(council, "MissingSelector");
    });
  });

  describe("veto during the public delay (attack: a quorum of M schedules what the others oppose)", function () {
    /** Two members (the quorum) schedule the suspension of organization 1. */
    async function scheduledByQuorum() {
      const platform = await networkHelpers.loadFixture(deployWithUniversity);
      const { council, registry, members } = platform;
      const data = registry.interface.encodeFunctionData("setOrganizationStatus", [1, 2]);
      const id = await nextProposalId(council);
      await council.connect(members[0]!).propose(registry, data, textHash("suspend"));
      await council.connect(members[1]!).approve(id);
      return { ...platform, data, id };
    }

    it("lets the member left out cancel the scheduled call, which then never executes", async function () {
      const { council, manager, registry, members, stranger, id } = await scheduledByQuorum();
      expect(await council.vetoesNeeded()).to.equal(1);
      await expect(council.connect(members[2]!).veto(id))
        .to.emit(council, "ProposalVetoed")
        .withArgs(id, members[2]!.address, 1)
        .and.to.emit(council, "ProposalCancelled")
        .withArgs(id)
        .and.to.emit(manager, "OperationCanceled");
      expect((await council.getProposal(id)).state).to.equal(ProposalState.Vetoed);

      await networkHelpers.time.increase(DELAY);
      await expect(council.connect(stranger).execute(id))
        .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
        .withArgs(id, ProposalState.Vetoed);
      expect((await registry.getOrganization(1)).status).to.equal(1);
    });

    it("refuses a veto from an approver, a second veto, a stranger and a finished proposal", async function () {
      const { council, members, stranger, id } = await scheduledByQuorum();
      await expect(council.connect(members[0]!).veto(id))
        .to.be.revertedWithCustomError(council, "AlreadyApproved")
        .withArgs(id, members[0]!.address);
      await expect(council.connect(stranger).veto(id))
        .to.be.revertedWithCustomError(council, "NotCouncilMember")
        .withArgs(stranger.address);
      await council.connect(members[2]!).veto(id);
      await expect(council.connect(members[2]!).veto(id))
        .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
        .withArgs(id, ProposalState.Vetoed);
      await expect(council.connect(members[1]!).approve(id))
        .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
        .withArgs(id, ProposalState.Vetoed);
    });

    it("needs every member a quorum leaves out in a larger council, not a single one", async function () {
      const { council, registry, members, newcomer, stranger } =
        await networkHelpers.loadFixture(deployWithUniversity);
      const addNewcomer = council.interface.encodeFunctionData("addMember", [newcomer.address]);
      const pair = [members[0]!, members[1]!];
      await passProposal(council, await council.getAddress(), addNewcomer, pair, stranger);
      expect(await council.vetoesNeeded()).to.equal(2);

      const data = registry.interface.encodeFunctionData("setOrganizationStatus", [1, 2]);
      const id = await nextProposalId(council);
      await council.connect(members[0]!).propose(registry, data, textHash("suspend"));
      await expect(council.connect(members[2]!).veto(id))
        .to.emit(council, "ProposalVetoed")
        .withArgs(id, members[2]!.address, 1)
        .and.not.to.emit(council, "ProposalCancelled");
      await expect(council.connect(members[2]!).approve(id))
        .to.be.revertedWithCustomError(council, "AlreadyVetoed")
        .withArgs(id, members[2]!.address);
      await expect(council.connect(members[1]!).approve(id)).to.emit(council, "ProposalScheduled");
      await expect(council.connect(newcomer).veto(id)).to.emit(council, "ProposalCancelled");
      expect(await council.vetoCount(id)).to.equal(2);
      expect(await council.hasVetoed(id, newcomer)).to.equal(true);
    });
  });

  describe("one open proposal per call (attack: a twin proposal gathers approvals apart)", function () {
    it("refuses an identical call while the first is open, and accepts it once that one is vetoed", async function () {
      const { council, registry, members } = await networkHelpers.loadFixture(deployProduction);
      const data = registry.interface.encodeFunctionData("setOrganizationStatus", [1, 2]);
      await council.connect(members[0]!).propose(registry, data, textHash("first"));
      await expect(council.connect(members[1]!).propose(registry, data, textHash("other text")))
        .to.be.revertedWithCustomError(council, "DuplicateProposal")
        .withArgs(1);
      await council.connect(members[1]!).veto(1);
      await expect(council.connect(members[1]!).propose(registry, data, textHash("again")))
        .to.emit(council, "ProposalCreated")
        .withArgs(2, members[1]!.address, await registry.getAddress(), data, textHash("again"));
    });

    it("shows a call nobody executed in time as expired, which nobody can execute or veto", async function () {
      const { council, manager, registry, members } =
        await networkHelpers.loadFixture(deployProduction);
      const data = registry.interface.encodeFunctionData("setOrganizationStatus", [1, 2]);
      const activeBefore = await registry.isActive(1);
      await council.connect(members[0]!).propose(registry, data, textHash("forgotten"));
      await council.connect(members[1]!).approve(1);
      await networkHelpers.time.increase(DELAY + (await manager.expiration()) - 2n);
      expect(await council.stateOf(1)).to.equal(ProposalState.Scheduled);
      await networkHelpers.time.increase(2n);
      expect(await council.stateOf(1)).to.equal(ProposalState.Expired);
      expect((await council.getProposal(1)).state).to.equal(ProposalState.Scheduled);
      await expect(council.execute(1))
        .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
        .withArgs(1, ProposalState.Expired);
      await expect(council.connect(members[2]!).veto(1))
        .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
        .withArgs(1, ProposalState.Expired);
      expect(await registry.isActive(1)).to.equal(activeBefore);
    });

    it("accepts the call again once the scheduled one has expired unexecuted", async function () {
      const { council, manager, registry, members } =
        await networkHelpers.loadFixture(deployProduction);
      const data = registry.interface.encodeFunctionData("setOrganizationStatus", [1, 2]);
      await council.connect(members[0]!).propose(registry, data, textHash("first"));
      await council.connect(members[1]!).approve(1);
      await expect(
        council.connect(members[2]!).propose(registry, data, textHash("twin")),
      ).to.be.revertedWithCustomError(council, "DuplicateProposal");
      await networkHelpers.time.increase(DELAY + (await manager.expiration()));
      await expect(council.connect(members[2]!).propose(registry, data, textHash("twin"))).to.emit(
        council,
        "ProposalCreated",
      );
    });
  });

  describe("membership and threshold", function () {
    it("change only through the council's own proposals", async function () {
      const { council, members, newcomer, stranger } =
        await networkHelpers.loadFixture(deployProduction);
      await expect(council.connect(members[0]!).addMember(newcomer))
        .to.be.revertedWithCustomError(council, "AccessManagedUnauthorized")
        .withArgs(members[0]!.address);
      await expect(council.connect(members[0]!).setThreshold(1))
        .to.be.revertedWithCustomError(council, "AccessManagedUnauthorized")
        .withArgs(members[0]!.address);

      const pair = [members[0]!, members[1]!];
      const addNewcomer = council.interface.encodeFunctionData("addMember", [newcomer.address]);
      await passProposal(council, await council.getAddress(), addNewcomer, pair, stranger);
      expect(await council.isMember(newcomer)).to.equal(true);
      const raise = council.interface.encodeFunctionData("setThreshold", [3]);
      await passProposal(council, await council.getAddress(), raise, pair, stranger);
      expect(await council.threshold()).to.equal(3);
      const tooHigh = council.interface.encodeFunctionData("setThreshold", [5]);
      await expect(
        passProposal(council, await council.getAddress(), tooHigh, [...pair, newcomer], stranger),
      )
        .to.be.revertedWithCustomError(council, "InvalidThreshold")
        .withArgs(5, 4);
    });

    it("stops counting the approval of a member who was removed", async function () {
      const { council, registry, members, stranger } =
        await networkHelpers.loadFixture(deployProduction);
      const data = registry.interface.encodeFunctionData("setOrganizationStatus", [1, 2]);
      await council.connect(members[2]!).propose(registry, data, textHash("pending"));
      const remove = council.interface.encodeFunctionData("removeMember", [members[2]!.address]);
      await passProposal(
        council,
        await council.getAddress(),
        remove,
        [members[0]!, members[1]!],
        stranger,
      );
      expect(await council.approvalCount(1)).to.equal(0);
      await expect(council.connect(members[0]!).approve(1))
        .to.emit(council, "ProposalApproved")
        .withArgs(1, members[0]!.address, 1)
        .and.not.to.emit(council, "ProposalScheduled");
    });
  });

  describe("local demo deployment (Ishonch module, defaults)", function () {
    async function deployLocal() {
      const { manager, council } = await deployIshonch();
      return { manager, council, signers: await ethers.getSigners() };
    }

    it("runs a 2-of-3 council of accounts 17-19 with a one-hour delay", async function () {
      const { manager, council, signers } = await networkHelpers.loadFixture(deployLocal);
      expect(DEMO_COUNCIL_MEMBERS).to.deep.equal([17, 18, 19].map((i) => signers[i]!.address));
      expect(await council.members()).to.have.members([...DEMO_COUNCIL_MEMBERS]);
      expect(await council.threshold()).to.equal(DEMO_COUNCIL_THRESHOLD);
      expect(await council.accessManager()).to.equal(await manager.getAddress());
      expect(await manager.hasRole(await manager.REGISTRAR_ROLE(), council)).to.deep.equal([
        true,
        BigInt(DEMO_COUNCIL_DELAY_SECONDS),
      ]);
    });

    it("leaves the deployer the registrar role until the hand-over, for the demo data", async function () {
      const { manager, signers } = await networkHelpers.loadFixture(deployLocal);
      expect(await manager.hasRole(await manager.REGISTRAR_ROLE(), signers[0]!)).to.deep.equal([
        true,
        0n,
      ]);
    });
  });
});
