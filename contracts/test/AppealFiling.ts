// Citizens' appeals, part 1: the deployment's wiring, registration by the relayer, the
// deadlines the law gives, and the read functions the citizen app and the index use.
import { expect } from "chai";
import {
  AppealStatus,
  AppealType,
  APPEALS_RELAYER_ROLE,
  agencies,
  citizen,
  citizenKeyOf,
  commitment,
  DAY,
  deployAppeals,
  deployWithAppeal,
  fileAppeal,
  timeOf,
} from "./AppealFixtures.js";
import { ethers, expectRoleGivenExactly, networkHelpers } from "./fixtures.js";

describe("CitizenAppeals: deployment and filing", function () {
  describe("deployment (Ignition module Appeals)", function () {
    it("uses the core's access manager and organization registry", async function () {
      const { appeals, manager, registry } = await networkHelpers.loadFixture(deployAppeals);
      expect(await appeals.authority()).to.equal(await manager.getAddress());
      expect(await appeals.registry()).to.equal(await registry.getAddress());
    });

    it("restricts fileAppeal, and only fileAppeal, to the relayer role", async function () {
      const { appeals, manager } = await networkHelpers.loadFixture(deployAppeals);
      const fileSelector = appeals.interface.getFunction("fileAppeal").selector;
      expect(await appeals.relayerSelectors()).to.deep.equal([fileSelector]);
      await expectRoleGivenExactly(manager, appeals, ["fileAppeal"], APPEALS_RELAYER_ROLE);
    });

    it("grants the relayer role to the relayer parameter only", async function () {
      const { appeals, manager, relayer, admin, registrar } =
        await networkHelpers.loadFixture(deployAppeals);
      expect(await appeals.APPEALS_RELAYER_ROLE()).to.equal(APPEALS_RELAYER_ROLE);
      expect(await manager.hasRole(APPEALS_RELAYER_ROLE, relayer.address)).to.deep.equal([
        true,
        0n,
      ]);
      for (const other of [admin, registrar]) {
        expect((await manager.hasRole(APPEALS_RELAYER_ROLE, other.address))[0]).to.equal(false);
      }
    });

    it("publishes the law's periods as constants", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployAppeals);
      expect(await appeals.ANSWER_PERIOD()).to.equal(15n * DAY);
      expect(await appeals.LONG_ANSWER_PERIOD()).to.equal(30n * DAY);
      expect(await appeals.MAX_EXTENSION_DAYS()).to.equal(30n);
      expect(await appeals.FORWARD_WINDOW()).to.equal(5n * DAY);
      expect(await appeals.MAX_FORWARDS()).to.equal(3n);
      expect(await appeals.MAX_RATING()).to.equal(5n);
      expect(await appeals.MIN_SATISFACTORY_RATING()).to.equal(3n);
    });

    it("takes no time or deadline as an argument, except a signature's validity", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployAppeals);
      const timeLike = /time|deadline|until|at$/i;
      appeals.interface.forEachFunction((fragment) => {
        if (fragment.constant) return;
        const timeInputs = fragment.inputs.filter((input) => timeLike.test(input.name));
        expect(
          timeInputs.map((input) => input.name),
          fragment.name,
        ).to.satisfy((names: string[]) => names.every((name) => name === "validUntil"));
      });
    });
  });

  describe("fileAppeal", function () {
    it("registers a statement now, due 15 days later, and emits AppealFiled", async function () {
      const { appeals, relayer } = await networkHelpers.loadFixture(deployAppeals);
      const content = commitment("statement");
      const tx = await appeals.fileAppeal(
        agencies.tax,
        AppealType.Statement,
        content,
        citizen.address,
      );
      const now = await timeOf(tx);
      await expect(tx)
        .to.emit(appeals, "AppealFiled")
        .withArgs(
          1n,
          agencies.tax,
          citizen.address,
          AppealType.Statement,
          content,
          0n,
          relayer.address,
          now,
          now + 15n * DAY,
        );
      const appeal = await appeals.getAppeal(1n);
      expect(appeal.appealType).to.equal(BigInt(AppealType.Statement));
      expect(appeal.status).to.equal(AppealStatus.Registered);
      expect(appeal.agencyId).to.equal(BigInt(agencies.tax));
      expect(appeal.registeredAt).to.equal(now);
      expect(appeal.receivedAt).to.equal(now);
      expect(appeal.deadline).to.equal(now + 15n * DAY);
      expect(appeal.citizenKey).to.equal(citizen.address);
      expect(appeal.contentCommitment).to.equal(content);
      expect(appeal.answeredAt).to.equal(0n);
      expect(appeal.escalatedFrom).to.equal(0n);
      expect(appeal.escalatedTo).to.equal(0n);
      expect(await appeals.appealCount()).to.equal(1n);
      expect(await appeals.appealIdOf(citizen.address, content)).to.equal(1n);
      expect(await appeals.statusOf(1n)).to.equal(AppealStatus.Registered);
      expect(await appeals.isOverdue(1n)).to.equal(false);
    });

    it("gives complaints 15 days and proposals one month (30 days)", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployAppeals);
      const expected = [
        [AppealType.Statement, 15n],
        [AppealType.Proposal, 30n],
        [AppealType.Complaint, 15n],
      ] as const;
      for (const [type, days] of expected) {
        const id = await fileAppeal(appeals, agencies.land, type, `type ${type}`);
        const appeal = await appeals.getAppeal(id);
        expect(appeal.deadline - appeal.registeredAt, `type ${type}`).to.equal(days * DAY);
      }
    });

    it("numbers appeals 1, 2, 3 and finds each by its content commitment", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployAppeals);
      for (const label of ["a", "b", "c"]) await fileAppeal(appeals, agencies.tax, 0, label);
      expect(await appeals.appealIdOf(citizen.address, commitment("a"))).to.equal(1n);
      expect(await appeals.appealIdOf(citizen.address, commitment("c"))).to.equal(3n);
      expect(await appeals.appealIdOf(citizen.address, commitment("never filed"))).to.equal(0n);
    });

    it("is refused to everyone but the relayer, staff and admins included", async function () {
      const platform = await networkHelpers.loadFixture(deployAppeals);
      const { appeals, admin, registrar, taxHead, taxOfficer, stranger } = platform;
      for (const caller of [admin, registrar, taxHead, taxOfficer, stranger]) {
        await expect(
          appeals
            .connect(caller)
            .fileAppeal(agencies.tax, AppealType.Statement, commitment("x"), citizen.address),
        )
          .to.be.revertedWithCustomError(appeals, "AccessManagedUnauthorized")
          .withArgs(caller.address);
      }
    });

    it("rejects an unknown or suspended agency, a zero key and an empty commitment", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployAppeals);
      const content = commitment("x");
      for (const agencyId of [agencies.unknown, agencies.suspended, 0]) {
        await expect(appeals.fileAppeal(agencyId, AppealType.Statement, content, citizen.address))
          .to.be.revertedWithCustomError(appeals, "AgencyNotActive")
          .withArgs(agencyId);
      }
      await expect(
        appeals.fileAppeal(agencies.tax, AppealType.Statement, content, ethers.ZeroAddress),
      ).to.be.revertedWithCustomError(appeals, "ZeroCitizenKey");
      await expect(
        appeals.fileAppeal(agencies.tax, AppealType.Statement, ethers.ZeroHash, citizen.address),
      ).to.be.revertedWithCustomError(appeals, "EmptyCommitment");
      expect(await appeals.appealCount()).to.equal(0n);
    });

    it("refuses a retried filing of the same content with the first tracking number", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployWithAppeal);
      await expect(
        appeals.fileAppeal(
          agencies.land,
          AppealType.Complaint,
          commitment("appeal"),
          citizen.address,
        ),
      )
        .to.be.revertedWithCustomError(appeals, "DuplicateCommitment")
        .withArgs(commitment("appeal"), 1n);
    });

    it("lets nobody block a filing by reusing its commitment (attack: copy a pending commitment under another key)", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployAppeals);
      const pending = commitment("victim's appeal");
      const attacker = citizenKeyOf("attacker");
      await appeals.fileAppeal(agencies.tax, AppealType.Statement, pending, attacker.address);
      await expect(
        appeals.fileAppeal(agencies.tax, AppealType.Statement, pending, citizen.address),
      ).to.emit(appeals, "AppealFiled");
      expect(await appeals.appealIdOf(attacker.address, pending)).to.equal(1n);
      expect(await appeals.appealIdOf(citizen.address, pending)).to.equal(2n);
      await expect(
        appeals.fileAppeal(agencies.land, AppealType.Complaint, pending, attacker.address),
      )
        .to.be.revertedWithCustomError(appeals, "DuplicateCommitment")
        .withArgs(pending, 1n);
    });

    it("rejects an invalid appeal type", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployAppeals);
      await expect(
        appeals.fileAppeal(agencies.tax, 3, commitment("x"), citizen.address),
      ).to.be.revert(ethers);
    });
  });

  describe("read functions", function () {
    it("revert with UnknownAppeal for a tracking number never issued", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployWithAppeal);
      for (const read of [appeals.getAppeal, appeals.statusOf, appeals.isOverdue]) {
        await expect(read(2n)).to.be.revertedWithCustomError(appeals, "UnknownAppeal").withArgs(2n);
        await expect(read(0n)).to.be.revertedWithCustomError(appeals, "UnknownAppeal").withArgs(0n);
      }
    });

    it("report Overdue from the clock alone, one second after the deadline", async function () {
      const { appeals, id } = await networkHelpers.loadFixture(deployWithAppeal);
      const { deadline } = await appeals.getAppeal(id);
      await networkHelpers.time.increaseTo(deadline);
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Registered);
      expect(await appeals.isOverdue(id)).to.equal(false);
      await networkHelpers.time.increaseTo(deadline + 1n);
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Overdue);
      expect(await appeals.isOverdue(id)).to.equal(true);
      expect((await appeals.getAppeal(id)).status).to.equal(AppealStatus.Registered);
    });
  });
});
