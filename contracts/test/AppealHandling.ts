// Citizens' appeals, part 2: what the holding agency does (review, extra checking, extension,
// forwarding, answer) and the overdue mark. Only the holding agency's staff may act, each
// step at most as often as the law allows, and every time is the chain's.
import { expect } from "chai";
import { ZeroHash } from "ethers";
import {
  AppealStatus,
  AppealType,
  agencies,
  citizen,
  commitment,
  DAY,
  deployAppeals,
  deployWithAnsweredAppeal,
  deployWithAppeal,
  escalateAsCitizen,
  fileAppeal,
  timeOf,
  type AppealsPlatform,
} from "./AppealFixtures.js";
import { ethers, networkHelpers, OrganizationStatus, StaffRole } from "./fixtures.js";

const { AppealsOfficer, OrganizationAdmin } = StaffRole;
const reason = commitment("reason");

/** Everyone who must not act as the tax committee's appeals officer, by fixture key. */
const NOT_TAX_OFFICERS = [
  "taxHead",
  "landOfficer",
  "ministryOfficer",
  "stranger",
  "relayer",
] as const satisfies ReadonlyArray<keyof AppealsPlatform>;

/** Everyone who must not act as the tax committee's head, by fixture key. */
const NOT_TAX_HEADS = [
  "taxOfficer",
  "landHead",
  "ministryHead",
  "stranger",
  "relayer",
] as const satisfies ReadonlyArray<keyof AppealsPlatform>;

type Platform = Awaited<ReturnType<typeof deployWithAppeal>>;

/**
 * Each of `callers` is refused `step` on the platform's appeal with NotHoldingAgency, naming the
 * tax committee (which holds it) and the `role` the step needs.
 */
async function expectOnlyHolderActs(
  platform: Platform,
  callers: typeof NOT_TAX_OFFICERS | typeof NOT_TAX_HEADS,
  role: number,
  step: (asCaller: Platform["appeals"], id: bigint) => Promise<unknown>,
): Promise<void> {
  const { appeals, id } = platform;
  for (const key of callers) {
    const caller = platform[key];
    await expect(step(appeals.connect(caller), id))
      .to.be.revertedWithCustomError(appeals, "NotHoldingAgency")
      .withArgs(id, agencies.tax, caller.address, role);
  }
}

describe("CitizenAppeals: the agency's handling", function () {
  describe("startReview", function () {
    it("takes a registered appeal into review and emits the time", async function () {
      const { appeals, taxOfficer, id } = await networkHelpers.loadFixture(deployWithAppeal);
      const tx = await appeals.connect(taxOfficer).startReview(id);
      await expect(tx)
        .to.emit(appeals, "AppealReviewStarted")
        .withArgs(id, agencies.tax, taxOfficer.address, await timeOf(tx));
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.InReview);
    });

    it("is refused to anyone who is not an appeals officer of the holding agency", async function () {
      const platform = await networkHelpers.loadFixture(deployWithAppeal);
      await expectOnlyHolderActs(platform, NOT_TAX_OFFICERS, AppealsOfficer, (asCaller, id) =>
        asCaller.startReview(id),
      );
    });

    it("refuses an officer of a suspended agency", async function () {
      const { appeals, registry, frozenOfficer } =
        await networkHelpers.loadFixture(deployWithAppeal);
      await registry.setOrganizationStatus(agencies.suspended, 1);
      const id = await fileAppeal(appeals, agencies.suspended, AppealType.Statement, "frozen");
      await registry.setOrganizationStatus(agencies.suspended, 2);
      await expect(appeals.connect(frozenOfficer).startReview(id))
        .to.be.revertedWithCustomError(appeals, "NotHoldingAgency")
        .withArgs(id, agencies.suspended, frozenOfficer.address, AppealsOfficer);
    });

    it("cannot start twice, after the deadline, or on an unknown appeal", async function () {
      const { appeals, taxOfficer, id } = await networkHelpers.loadFixture(deployWithAppeal);
      await appeals.connect(taxOfficer).startReview(id);
      await expect(appeals.connect(taxOfficer).startReview(id))
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(id, AppealStatus.InReview);
      const late = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "late");
      await networkHelpers.time.increase(16n * DAY);
      await expect(appeals.connect(taxOfficer).startReview(late))
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(late, AppealStatus.Overdue);
      await expect(appeals.connect(taxOfficer).startReview(9n))
        .to.be.revertedWithCustomError(appeals, "UnknownAppeal")
        .withArgs(9n);
    });
  });

  describe("requireExtraChecking", function () {
    it("gives a statement one month from receipt and emits the new deadline", async function () {
      const { appeals, taxOfficer, id } = await networkHelpers.loadFixture(deployWithAppeal);
      const { receivedAt } = await appeals.getAppeal(id);
      await networkHelpers.time.increase(14n * DAY);
      const tx = await appeals.connect(taxOfficer).requireExtraChecking(id, reason);
      await expect(tx)
        .to.emit(appeals, "AppealExtraCheckingRequired")
        .withArgs(
          id,
          agencies.tax,
          taxOfficer.address,
          reason,
          receivedAt + 30n * DAY,
          await timeOf(tx),
        );
      const appeal = await appeals.getAppeal(id);
      expect(appeal.extraChecking).to.equal(true);
      expect(appeal.deadline).to.equal(receivedAt + 30n * DAY);
      expect(appeal.status).to.equal(AppealStatus.Registered);
    });

    it("cannot apply twice, to a proposal, after an extension or after 15 days", async function () {
      const { appeals, taxOfficer, taxHead, id } =
        await networkHelpers.loadFixture(deployWithAppeal);
      const officer = appeals.connect(taxOfficer);
      await officer.requireExtraChecking(id, reason);
      await expect(officer.requireExtraChecking(id, reason))
        .to.be.revertedWithCustomError(appeals, "ExtraCheckingAlreadyApplies")
        .withArgs(id);
      const proposal = await fileAppeal(appeals, agencies.tax, AppealType.Proposal, "proposal");
      await expect(officer.requireExtraChecking(proposal, reason))
        .to.be.revertedWithCustomError(appeals, "ExtraCheckingAlreadyApplies")
        .withArgs(proposal);
      const extended = await fileAppeal(appeals, agencies.tax, AppealType.Complaint, "extended");
      await appeals.connect(taxHead).extendDeadline(extended, 10, 1, reason);
      await expect(officer.requireExtraChecking(extended, reason))
        .to.be.revertedWithCustomError(appeals, "AlreadyExtended")
        .withArgs(extended);
      const late = await fileAppeal(appeals, agencies.tax, AppealType.Complaint, "late");
      await networkHelpers.time.increase(15n * DAY + 1n);
      await expect(officer.requireExtraChecking(late, reason))
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(late, AppealStatus.Overdue);
    });

    it("needs a reason, and an appeals officer of the holding agency", async function () {
      const platform = await networkHelpers.loadFixture(deployWithAppeal);
      const { appeals, taxOfficer, id } = platform;
      await expect(
        appeals.connect(taxOfficer).requireExtraChecking(id, ZeroHash),
      ).to.be.revertedWithCustomError(appeals, "EmptyCommitment");
      await expectOnlyHolderActs(platform, NOT_TAX_OFFICERS, AppealsOfficer, (asCaller, id) =>
        asCaller.requireExtraChecking(id, reason),
      );
    });
  });

  describe("extendDeadline", function () {
    it("lets the head extend once by up to 30 days, with a reason, before the deadline", async function () {
      const { appeals, taxHead, id } = await networkHelpers.loadFixture(deployWithAppeal);
      const { deadline } = await appeals.getAppeal(id);
      await networkHelpers.time.setNextBlockTimestamp(deadline);
      const tx = await appeals.connect(taxHead).extendDeadline(id, 30, 7, reason);
      await expect(tx)
        .to.emit(appeals, "AppealExtended")
        .withArgs(
          id,
          agencies.tax,
          taxHead.address,
          30,
          7,
          reason,
          deadline + 30n * DAY,
          await timeOf(tx),
        );
      const appeal = await appeals.getAppeal(id);
      expect(appeal.extended).to.equal(true);
      expect(appeal.deadline).to.equal(deadline + 30n * DAY);
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Extended);
    });

    it("cannot extend twice, even by a day", async function () {
      const { appeals, taxHead, id } = await networkHelpers.loadFixture(deployWithAppeal);
      await appeals.connect(taxHead).extendDeadline(id, 1, 1, reason);
      await expect(appeals.connect(taxHead).extendDeadline(id, 1, 1, reason))
        .to.be.revertedWithCustomError(appeals, "AlreadyExtended")
        .withArgs(id);
    });

    it("rejects 0 or more than 30 days and an empty reason", async function () {
      const { appeals, taxHead, id } = await networkHelpers.loadFixture(deployWithAppeal);
      for (const days of [0, 31, 255]) {
        await expect(appeals.connect(taxHead).extendDeadline(id, days, 1, reason))
          .to.be.revertedWithCustomError(appeals, "InvalidExtensionDays")
          .withArgs(days);
      }
      await expect(
        appeals.connect(taxHead).extendDeadline(id, 5, 1, ZeroHash),
      ).to.be.revertedWithCustomError(appeals, "EmptyCommitment");
    });

    it("cannot rescue an overdue appeal or extend an answered one", async function () {
      const { appeals, taxHead, taxOfficer, id } =
        await networkHelpers.loadFixture(deployWithAppeal);
      const answered = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "answered");
      await appeals.connect(taxOfficer).answer(answered, commitment("answer"));
      await expect(appeals.connect(taxHead).extendDeadline(answered, 5, 1, reason))
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(answered, AppealStatus.Answered);
      await networkHelpers.time.increase(15n * DAY + 1n);
      await expect(appeals.connect(taxHead).extendDeadline(id, 5, 1, reason))
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(id, AppealStatus.Overdue);
    });

    it("is refused to anyone who is not the holding agency's head", async function () {
      const platform = await networkHelpers.loadFixture(deployWithAppeal);
      await expectOnlyHolderActs(platform, NOT_TAX_HEADS, OrganizationAdmin, (asCaller, id) =>
        asCaller.extendDeadline(id, 5, 1, reason),
      );
    });
  });

  describe("forward", function () {
    it("moves the appeal to the competent agency, keeping the registration time", async function () {
      const { appeals, taxOfficer, id } = await networkHelpers.loadFixture(deployWithAppeal);
      const before = await appeals.getAppeal(id);
      await networkHelpers.time.increase(5n * DAY - 10n);
      const tx = await appeals.connect(taxOfficer).forward(id, agencies.land, 2, reason);
      const now = await timeOf(tx);
      await expect(tx)
        .to.emit(appeals, "AppealForwarded")
        .withArgs(
          id,
          agencies.tax,
          agencies.land,
          taxOfficer.address,
          2,
          reason,
          now + 15n * DAY,
          now,
        );
      const after = await appeals.getAppeal(id);
      expect(after.agencyId).to.equal(BigInt(agencies.land));
      expect(after.registeredAt).to.equal(before.registeredAt);
      expect(after.receivedAt).to.equal(now);
      expect(after.deadline).to.equal(now + 15n * DAY);
      expect(after.forwardCount).to.equal(1n);
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Forwarded);
    });

    it("hands every action to the new holder and takes it from the old one", async function () {
      const { appeals, taxOfficer, taxHead, landOfficer, id } =
        await networkHelpers.loadFixture(deployWithAppeal);
      await appeals.connect(taxOfficer).forward(id, agencies.land, 2, reason);
      await expect(appeals.connect(taxOfficer).answer(id, commitment("answer")))
        .to.be.revertedWithCustomError(appeals, "NotHoldingAgency")
        .withArgs(id, agencies.land, taxOfficer.address, AppealsOfficer);
      await expect(appeals.connect(taxHead).extendDeadline(id, 5, 1, reason))
        .to.be.revertedWithCustomError(appeals, "NotHoldingAgency")
        .withArgs(id, agencies.land, taxHead.address, OrganizationAdmin);
      await appeals.connect(landOfficer).startReview(id);
      await expect(appeals.connect(landOfficer).answer(id, commitment("answer"))).to.emit(
        appeals,
        "AppealAnswered",
      );
    });

    it("gives a forwarded proposal one month again and drops the old extra checking", async function () {
      const { appeals, taxOfficer, landOfficer } =
        await networkHelpers.loadFixture(deployWithAppeal);
      const proposal = await fileAppeal(appeals, agencies.tax, AppealType.Proposal, "proposal");
      const tx = await appeals.connect(taxOfficer).forward(proposal, agencies.land, 2, reason);
      expect((await appeals.getAppeal(proposal)).deadline).to.equal((await timeOf(tx)) + 30n * DAY);
      const checked = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "checked");
      await appeals.connect(taxOfficer).requireExtraChecking(checked, reason);
      const forwarded = await appeals
        .connect(taxOfficer)
        .forward(checked, agencies.land, 2, reason);
      const appeal = await appeals.getAppeal(checked);
      expect(appeal.extraChecking).to.equal(false);
      expect(appeal.deadline).to.equal((await timeOf(forwarded)) + 15n * DAY);
      await appeals.connect(landOfficer).requireExtraChecking(checked, reason);
    });

    it("closes 5 days after receipt, counted again at each holder", async function () {
      const { appeals, taxOfficer, landOfficer } =
        await networkHelpers.loadFixture(deployWithAppeal);
      const late = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "late");
      const { receivedAt } = await appeals.getAppeal(late);
      await networkHelpers.time.increaseTo(receivedAt + 5n * DAY + 1n);
      await expect(appeals.connect(taxOfficer).forward(late, agencies.land, 2, reason))
        .to.be.revertedWithCustomError(appeals, "ForwardWindowClosed")
        .withArgs(late, receivedAt + 5n * DAY);
      const fresh = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "fresh");
      await appeals.connect(taxOfficer).forward(fresh, agencies.land, 2, reason);
      await networkHelpers.time.increase(4n * DAY);
      await appeals.connect(landOfficer).forward(fresh, agencies.tax, 2, reason);
      expect((await appeals.getAppeal(fresh)).forwardCount).to.equal(2n);
    });

    it("stops after three forwardings, so agencies cannot pass an appeal around forever", async function () {
      const { appeals, taxOfficer, landOfficer, id } =
        await networkHelpers.loadFixture(deployWithAppeal);
      await appeals.connect(taxOfficer).forward(id, agencies.land, 2, reason);
      await appeals.connect(landOfficer).forward(id, agencies.tax, 2, reason);
      await appeals.connect(taxOfficer).forward(id, agencies.land, 2, reason);
      await expect(appeals.connect(landOfficer).forward(id, agencies.tax, 2, reason))
        .to.be.revertedWithCustomError(appeals, "TooManyForwards")
        .withArgs(id);
    });

    it("rejects the holder itself, an inactive agency, an empty reason", async function () {
      const { appeals, taxOfficer, id } = await networkHelpers.loadFixture(deployWithAppeal);
      const officer = appeals.connect(taxOfficer);
      await expect(officer.forward(id, agencies.tax, 2, reason))
        .to.be.revertedWithCustomError(appeals, "ForwardToHolder")
        .withArgs(id);
      for (const agencyId of [agencies.suspended, agencies.unknown]) {
        await expect(officer.forward(id, agencyId, 2, reason))
          .to.be.revertedWithCustomError(appeals, "AgencyNotActive")
          .withArgs(agencyId);
      }
      await expect(officer.forward(id, agencies.land, 2, ZeroHash)).to.be.revertedWithCustomError(
        appeals,
        "EmptyCommitment",
      );
    });

    it("is not allowed after an extension or an answer", async function () {
      const { appeals, taxOfficer, taxHead, id } =
        await networkHelpers.loadFixture(deployWithAppeal);
      await appeals.connect(taxHead).extendDeadline(id, 5, 1, reason);
      await expect(appeals.connect(taxOfficer).forward(id, agencies.land, 2, reason))
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(id, AppealStatus.Extended);
      const answered = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "answered");
      await appeals.connect(taxOfficer).answer(answered, commitment("answer"));
      await expect(appeals.connect(taxOfficer).forward(answered, agencies.land, 2, reason))
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(answered, AppealStatus.Answered);
    });

    it("is refused to anyone who is not an appeals officer of the holding agency", async function () {
      const platform = await networkHelpers.loadFixture(deployWithAppeal);
      await expectOnlyHolderActs(platform, NOT_TAX_OFFICERS, AppealsOfficer, (asCaller, id) =>
        asCaller.forward(id, agencies.land, 2, reason),
      );
    });

    it("counts each forward for the agency that sent it, for the public statistics", async function () {
      const { appeals, taxOfficer, landOfficer, id } =
        await networkHelpers.loadFixture(deployWithAppeal);
      const other = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "other");
      await appeals.connect(taxOfficer).forward(id, agencies.land, 2, reason);
      await appeals.connect(taxOfficer).forward(other, agencies.land, 2, reason);
      await appeals.connect(landOfficer).forward(id, agencies.tax, 2, reason);
      expect(await appeals.forwardCountOf(agencies.tax)).to.equal(2n);
      expect(await appeals.forwardCountOf(agencies.land)).to.equal(1n);
      expect(await appeals.forwardCountOf(agencies.ministry)).to.equal(0n);
    });

    // A wallet estimates a forward against the latest block and sends it to a later one. Were a
    // forward cheaper in the second its appeal was filed (a node like anvil gives blocks of the
    // same second the same time), an estimate made then would fall short a second later.
    it("costs the same in the block of the filing as later, so an estimate made then holds", async function () {
      const { appeals, taxOfficer, id } = await networkHelpers.loadFixture(deployWithAppeal);
      await appeals.connect(taxOfficer).forward(id, agencies.land, 2, reason);
      const later = await fileAppeal(appeals, agencies.tax, AppealType.Proposal, "later");
      await networkHelpers.time.increase(1);
      const forwardedLater = await appeals
        .connect(taxOfficer)
        .forward(later, agencies.land, 2, reason);
      await ethers.provider.send("evm_setAutomine", [false]);
      try {
        const filing = await appeals.fileAppeal(
          agencies.tax,
          AppealType.Proposal,
          commitment("same block"),
          citizen.address,
        );
        // Not estimated: before the block is mined there is no appeal to forward.
        const forwarding = await appeals
          .connect(taxOfficer)
          .forward(later + 1n, agencies.land, 2, reason, { gasLimit: 1_000_000 });
        await networkHelpers.mine();
        const [filed, forwarded] = await Promise.all([filing.wait(), forwarding.wait()]);
        expect(forwarded!.blockNumber).to.equal(filed!.blockNumber);
        expect(forwarded!.gasUsed).to.equal((await forwardedLater.wait())!.gasUsed);
      } finally {
        await ethers.provider.send("evm_setAutomine", [true]);
      }
    });
  });

  describe("forward (attack: the complaint bounced back, or sent where it dies)", function () {
    /** The tax committee's appeal left overdue and escalated: a complaint at the ministry. */
    async function deployWithEscalation() {
      const platform = await deployWithAppeal();
      await networkHelpers.time.increase(15n * DAY + 1n);
      await escalateAsCitizen(platform.appeals, platform.id, commitment("complaint"));
      return { ...platform, complaint: await platform.appeals.appealCount() };
    }

    it("refuses the superior forwarding the complaint back to the agency it is about", async function () {
      const { appeals, ministryOfficer, complaint } =
        await networkHelpers.loadFixture(deployWithEscalation);
      await expect(appeals.connect(ministryOfficer).forward(complaint, agencies.tax, 2, reason))
        .to.be.revertedWithCustomError(appeals, "ForwardToEscalatedAgency")
        .withArgs(complaint, agencies.tax);
      expect((await appeals.getAppeal(complaint)).agencyId).to.equal(BigInt(agencies.ministry));
    });

    it("refuses it through a detour: superior to a sibling, sibling back to the agency", async function () {
      const { appeals, ministryOfficer, landOfficer, complaint } =
        await networkHelpers.loadFixture(deployWithEscalation);
      await appeals.connect(ministryOfficer).forward(complaint, agencies.land, 2, reason);
      await expect(appeals.connect(landOfficer).forward(complaint, agencies.tax, 2, reason))
        .to.be.revertedWithCustomError(appeals, "ForwardToEscalatedAgency")
        .withArgs(complaint, agencies.tax);
    });

    it("refuses it further up: a second escalation goes back to neither agency below", async function () {
      const { appeals, registry, ministryOfficer } =
        await networkHelpers.loadFixture(deployAppeals);
      await registry.setOrganizationStatus(agencies.suspended, OrganizationStatus.Active);
      const branchAppeal = await fileAppeal(appeals, agencies.branch, AppealType.Statement, "b");
      await networkHelpers.time.increase(15n * DAY + 1n);
      await escalateAsCitizen(appeals, branchAppeal, commitment("to the agency"));
      const atAgency = await appeals.appealCount();
      await networkHelpers.time.increase(15n * DAY + 1n);
      await escalateAsCitizen(appeals, atAgency, commitment("to the ministry"));
      const atMinistry = await appeals.appealCount();
      for (const agencyId of [agencies.suspended, agencies.branch]) {
        await expect(appeals.connect(ministryOfficer).forward(atMinistry, agencyId, 2, reason))
          .to.be.revertedWithCustomError(appeals, "ForwardToEscalatedAgency")
          .withArgs(atMinistry, agencyId);
      }
    });

    it("refuses an agency without an appeals officer, or without a superior", async function () {
      const { appeals, registry, taxOfficer, landOfficer, id } =
        await networkHelpers.loadFixture(deployWithAppeal);
      await expect(appeals.connect(taxOfficer).forward(id, agencies.unstaffed, 2, reason))
        .to.be.revertedWithCustomError(appeals, "ForwardToAgencyWithoutOfficer")
        .withArgs(agencies.unstaffed);
      await expect(appeals.connect(taxOfficer).forward(id, agencies.ministry, 2, reason))
        .to.be.revertedWithCustomError(appeals, "ForwardToAgencyWithoutSuperior")
        .withArgs(agencies.ministry);
      await registry.revokeStaffRole(agencies.land, AppealsOfficer, landOfficer.address);
      await expect(appeals.connect(taxOfficer).forward(id, agencies.land, 2, reason))
        .to.be.revertedWithCustomError(appeals, "ForwardToAgencyWithoutOfficer")
        .withArgs(agencies.land);
    });
  });

  describe("answer", function () {
    it("records the answer's commitment and the chain's time", async function () {
      const { appeals, taxOfficer, id } = await networkHelpers.loadFixture(deployWithAppeal);
      const { deadline } = await appeals.getAppeal(id);
      const answer = commitment("answer");
      const tx = await appeals.connect(taxOfficer).answer(id, answer);
      const now = await timeOf(tx);
      await expect(tx)
        .to.emit(appeals, "AppealAnswered")
        .withArgs(id, agencies.tax, taxOfficer.address, answer, deadline, now);
      const appeal = await appeals.getAppeal(id);
      expect(appeal.answerCommitment).to.equal(answer);
      expect(appeal.answeredAt).to.equal(now);
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Answered);
      await networkHelpers.time.increase(60n * DAY);
      expect(await appeals.isOverdue(id)).to.equal(false);
    });

    it("cannot answer twice, whoever tries", async function () {
      const { appeals, registry, taxHead, taxOfficer, id } =
        await networkHelpers.loadFixture(deployWithAnsweredAppeal);
      await registry.connect(taxHead).grantStaffRole(agencies.tax, AppealsOfficer, taxHead.address);
      for (const officer of [taxOfficer, taxHead]) {
        await expect(appeals.connect(officer).answer(id, commitment("second answer")))
          .to.be.revertedWithCustomError(appeals, "AlreadyAnswered")
          .withArgs(id);
      }
      expect((await appeals.getAppeal(id)).answerCommitment).to.equal(commitment("answer"));
    });

    it("accepts a late answer, marked or not, and shows the missed deadline", async function () {
      const { appeals, taxOfficer, stranger, id } =
        await networkHelpers.loadFixture(deployWithAppeal);
      const marked = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "marked");
      const { deadline } = await appeals.getAppeal(id);
      await networkHelpers.time.increase(20n * DAY);
      await appeals.connect(stranger).markOverdue(marked);
      for (const appealId of [id, marked]) {
        const tx = await appeals
          .connect(taxOfficer)
          .answer(appealId, commitment(`late ${appealId}`));
        const now = await timeOf(tx);
        const expectedDeadline =
          appealId === id ? deadline : (await appeals.getAppeal(appealId)).deadline;
        expect(now).to.be.greaterThan(expectedDeadline);
        await expect(tx)
          .to.emit(appeals, "AppealAnswered")
          .withArgs(
            appealId,
            agencies.tax,
            taxOfficer.address,
            commitment(`late ${appealId}`),
            expectedDeadline,
            now,
          );
        expect(await appeals.statusOf(appealId)).to.equal(AppealStatus.Answered);
      }
    });

    it("rejects an empty answer and anyone who is not an officer of the holder", async function () {
      const platform = await networkHelpers.loadFixture(deployWithAppeal);
      const { appeals, taxOfficer, id } = platform;
      await expect(appeals.connect(taxOfficer).answer(id, ZeroHash)).to.be.revertedWithCustomError(
        appeals,
        "EmptyCommitment",
      );
      await expectOnlyHolderActs(platform, NOT_TAX_OFFICERS, AppealsOfficer, (asCaller, id) =>
        asCaller.answer(id, commitment("answer")),
      );
    });
  });

  describe("markOverdue", function () {
    it("lets anyone record, once, that the deadline has passed", async function () {
      const { appeals, stranger, id } = await networkHelpers.loadFixture(deployWithAppeal);
      const { deadline } = await appeals.getAppeal(id);
      await networkHelpers.time.increaseTo(deadline + 1n);
      const tx = await appeals.connect(stranger).markOverdue(id);
      await expect(tx)
        .to.emit(appeals, "AppealOverdue")
        .withArgs(id, agencies.tax, stranger.address, deadline, await timeOf(tx));
      expect((await appeals.getAppeal(id)).status).to.equal(AppealStatus.Overdue);
      expect(await appeals.isOverdue(id)).to.equal(true);
      await expect(appeals.connect(stranger).markOverdue(id))
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(id, AppealStatus.Overdue);
    });

    it("refuses before the deadline, at the deadline's last second, and once answered", async function () {
      const { appeals, stranger, id } = await networkHelpers.loadFixture(deployWithAnsweredAppeal);
      const open = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "open");
      const { deadline } = await appeals.getAppeal(open);
      await expect(appeals.connect(stranger).markOverdue(open))
        .to.be.revertedWithCustomError(appeals, "NotOverdue")
        .withArgs(open, deadline);
      await networkHelpers.time.setNextBlockTimestamp(deadline);
      await expect(appeals.connect(stranger).markOverdue(open))
        .to.be.revertedWithCustomError(appeals, "NotOverdue")
        .withArgs(open, deadline);
      await networkHelpers.time.increase(30n * DAY);
      await expect(appeals.connect(stranger).markOverdue(id))
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(id, AppealStatus.Answered);
      await expect(appeals.markOverdue(5n))
        .to.be.revertedWithCustomError(appeals, "UnknownAppeal")
        .withArgs(5n);
    });

    it("counts an extension: overdue only after the extended deadline", async function () {
      const { appeals, taxHead, stranger, id } = await networkHelpers.loadFixture(deployWithAppeal);
      await appeals.connect(taxHead).extendDeadline(id, 10, 1, reason);
      const { deadline } = await appeals.getAppeal(id);
      await networkHelpers.time.increaseTo(deadline - 1n);
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Extended);
      await expect(appeals.connect(stranger).markOverdue(id)).to.be.revertedWithCustomError(
        appeals,
        "NotOverdue",
      );
      await networkHelpers.time.increase(2n);
      await expect(appeals.connect(stranger).markOverdue(id)).to.emit(appeals, "AppealOverdue");
    });
  });
});
