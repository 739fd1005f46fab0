// Citizens' appeals, part 3: what only the citizen may do, with the key derived from the secret
// and the relayer as the messenger: rate the answer, and escalate to the superior organization.
import { anyValue } from "@nomicfoundation/hardhat-ethers-chai-matchers/withArgs";
import { expect } from "chai";
import { TypedDataEncoder, ZeroHash } from "ethers";
import {
  AppealStatus,
  AppealType,
  agencies,
  citizen,
  citizenKeyOf,
  commitment,
  DAY,
  deployWithAnsweredAppeal,
  deployWithAppeal,
  escalateAsCitizen,
  EscalationGround,
  fileAppeal,
  inAnHour,
  rateAsCitizen,
  signEscalation,
  signRating,
  timeOf,
} from "./AppealFixtures.js";
import { ethers, networkHelpers } from "./fixtures.js";
import { ESCALATE_TYPES, RATE_ANSWER_TYPES } from "./signatures.js";

const impostor = citizenKeyOf("a guessed secret");
const complaint = commitment("complaint");

/** The appeal answered, then rated `rating` by the citizen. */
async function rate(
  platform: Awaited<ReturnType<typeof deployWithAnsweredAppeal>>,
  rating: number,
) {
  await rateAsCitizen(platform.appeals, platform.id, rating);
}

describe("CitizenAppeals: the citizen's actions", function () {
  describe("EIP-712 digests", function () {
    it("equal what a standard EIP-712 signer hashes, over the published domain", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployWithAppeal);
      const domain = await appeals.eip712Domain();
      expect(domain.name).to.equal("Ishonch Appeals");
      expect(domain.version).to.equal("1");
      expect(domain.chainId).to.equal((await ethers.provider.getNetwork()).chainId);
      expect(domain.verifyingContract).to.equal(await appeals.getAddress());
      const typedDomain = {
        name: domain.name,
        version: domain.version,
        chainId: domain.chainId,
        verifyingContract: domain.verifyingContract,
      };
      const rating = { appealId: 1n, rating: 4, validUntil: 99n };
      expect(await appeals.rateAnswerDigest(1n, 4, 99n)).to.equal(
        TypedDataEncoder.hash(typedDomain, RATE_ANSWER_TYPES, rating),
      );
      const escalation = { appealId: 1n, complaintCommitment: complaint, validUntil: 99n };
      expect(await appeals.escalateDigest(1n, complaint, 99n)).to.equal(
        TypedDataEncoder.hash(typedDomain, ESCALATE_TYPES, escalation),
      );
      expect(await appeals.RATE_ANSWER_TYPEHASH()).to.equal(
        ethers.id("RateAnswer(uint64 appealId,uint8 rating,uint256 validUntil)"),
      );
      expect(await appeals.ESCALATE_TYPEHASH()).to.equal(
        ethers.id("Escalate(uint64 appealId,bytes32 complaintCommitment,uint256 validUntil)"),
      );
    });
  });

  describe("rateAnswer", function () {
    it("records a satisfied rating and closes the appeal", async function () {
      const { appeals, id } = await networkHelpers.loadFixture(deployWithAnsweredAppeal);
      const validUntil = await inAnHour();
      const tx = await appeals.rateAnswer(
        id,
        4,
        validUntil,
        await signRating(appeals, id, 4, validUntil),
      );
      const now = await timeOf(tx);
      await expect(tx).to.emit(appeals, "AppealRated").withArgs(id, agencies.tax, 4, now);
      await expect(tx).to.emit(appeals, "AppealClosed").withArgs(id, now);
      expect((await appeals.getAppeal(id)).rating).to.equal(4n);
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Closed);
    });

    it("keeps an unsatisfied rating's appeal answered, open to escalation", async function () {
      const platform = await networkHelpers.loadFixture(deployWithAnsweredAppeal);
      const { appeals, id } = platform;
      const validUntil = await inAnHour();
      const tx = appeals.rateAnswer(
        id,
        2,
        validUntil,
        await signRating(appeals, id, 2, validUntil),
      );
      await expect(tx).to.emit(appeals, "AppealRated").and.not.to.emit(appeals, "AppealClosed");
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Answered);
    });

    it("rates once only", async function () {
      const platform = await networkHelpers.loadFixture(deployWithAnsweredAppeal);
      const { appeals, id } = platform;
      await rate(platform, 1);
      const validUntil = await inAnHour();
      await expect(
        appeals.rateAnswer(id, 5, validUntil, await signRating(appeals, id, 5, validUntil)),
      )
        .to.be.revertedWithCustomError(appeals, "AlreadyRated")
        .withArgs(id);
    });

    it("refuses a rating signed by another key, altered by the relayer, or malformed", async function () {
      const { appeals, id } = await networkHelpers.loadFixture(deployWithAnsweredAppeal);
      const validUntil = await inAnHour();
      const forged = await signRating(appeals, id, 5, validUntil, impostor);
      const signedThree = await signRating(appeals, id, 3, validUntil);
      const forOtherAppeal = await signRating(appeals, id + 1n, 5, validUntil);
      for (const [rating, signature] of [
        [5, forged],
        [5, signedThree],
        [5, forOtherAppeal],
        [5, "0x1234"],
        [5, "0x" + "00".repeat(65)],
      ] as const) {
        await expect(appeals.rateAnswer(id, rating, validUntil, signature))
          .to.be.revertedWithCustomError(appeals, "InvalidCitizenSignature")
          .withArgs(id);
      }
      await expect(appeals.rateAnswer(id, 3, validUntil + 1n, signedThree))
        .to.be.revertedWithCustomError(appeals, "InvalidCitizenSignature")
        .withArgs(id);
    });

    it("refuses an expired signature", async function () {
      const { appeals, id } = await networkHelpers.loadFixture(deployWithAnsweredAppeal);
      const validUntil = await inAnHour();
      const signature = await signRating(appeals, id, 4, validUntil);
      await networkHelpers.time.increaseTo(validUntil + 1n);
      await expect(appeals.rateAnswer(id, 4, validUntil, signature))
        .to.be.revertedWithCustomError(appeals, "SignatureExpired")
        .withArgs(validUntil);
    });

    it("rejects ratings outside 1 to 5, unknown appeals and unanswered appeals", async function () {
      const { appeals, id } = await networkHelpers.loadFixture(deployWithAppeal);
      const validUntil = await inAnHour();
      for (const rating of [0, 6]) {
        await expect(
          appeals.rateAnswer(
            id,
            rating,
            validUntil,
            await signRating(appeals, id, rating, validUntil),
          ),
        )
          .to.be.revertedWithCustomError(appeals, "InvalidRating")
          .withArgs(rating);
      }
      await expect(
        appeals.rateAnswer(7n, 4, validUntil, await signRating(appeals, 7n, 4, validUntil)),
      )
        .to.be.revertedWithCustomError(appeals, "UnknownAppeal")
        .withArgs(7n);
      await expect(
        appeals.rateAnswer(id, 4, validUntil, await signRating(appeals, id, 4, validUntil)),
      )
        .to.be.revertedWithCustomError(appeals, "InvalidTransition")
        .withArgs(id, AppealStatus.Registered);
    });
  });

  describe("escalate", function () {
    it("takes an overdue appeal to the superior as a new complaint, linked both ways", async function () {
      const { appeals, relayer, id } = await networkHelpers.loadFixture(deployWithAppeal);
      await networkHelpers.time.increase(15n * DAY + 1n);
      const validUntil = await inAnHour();
      const signature = await signEscalation(appeals, id, complaint, validUntil);
      const tx = await appeals.escalate(id, complaint, validUntil, signature);
      const now = await timeOf(tx);
      await expect(tx)
        .to.emit(appeals, "AppealEscalated")
        .withArgs(id, agencies.tax, agencies.ministry, 2n, EscalationGround.Overdue, now);
      await expect(tx)
        .to.emit(appeals, "AppealFiled")
        .withArgs(
          2n,
          agencies.ministry,
          citizen.address,
          AppealType.Complaint,
          complaint,
          id,
          relayer.address,
          now,
          now + 15n * DAY,
        );
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Escalated);
      expect((await appeals.getAppeal(id)).escalatedTo).to.equal(2n);
      const escalation = await appeals.getAppeal(2n);
      expect(escalation.escalatedFrom).to.equal(id);
      expect(escalation.citizenKey).to.equal(citizen.address);
      expect(escalation.status).to.equal(AppealStatus.Registered);
      expect(await appeals.appealIdOf(citizen.address, complaint)).to.equal(2n);
    });

    it("takes an answer rated unsatisfactory to the superior, whose officer then answers", async function () {
      const platform = await networkHelpers.loadFixture(deployWithAnsweredAppeal);
      const { appeals, ministryOfficer, taxOfficer, id } = platform;
      await rate(platform, 2);
      const validUntil = await inAnHour();
      const signature = await signEscalation(appeals, id, complaint, validUntil);
      await expect(appeals.escalate(id, complaint, validUntil, signature))
        .to.emit(appeals, "AppealEscalated")
        .withArgs(
          id,
          agencies.tax,
          agencies.ministry,
          2n,
          EscalationGround.Unsatisfactory,
          anyValue,
        );
      await expect(
        appeals.connect(taxOfficer).answer(2n, commitment("answer")),
      ).to.be.revertedWithCustomError(appeals, "NotHoldingAgency");
      await expect(
        appeals.connect(ministryOfficer).answer(2n, commitment("ministry answer")),
      ).to.emit(appeals, "AppealAnswered");
    });

    it("keeps the overdue ground after a late answer (attack: an empty answer sent as the escalation lands)", async function () {
      const { appeals, taxOfficer, id } = await networkHelpers.loadFixture(deployWithAppeal);
      await networkHelpers.time.increase(15n * DAY + 1n);
      const validUntil = await inAnHour();
      const signature = await signEscalation(appeals, id, complaint, validUntil);
      await appeals.connect(taxOfficer).answer(id, commitment("empty answer"));
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Answered);
      await expect(appeals.escalate(id, complaint, validUntil, signature))
        .to.emit(appeals, "AppealEscalated")
        .withArgs(id, agencies.tax, agencies.ministry, 2n, EscalationGround.Overdue, anyValue);
      expect(await appeals.statusOf(id)).to.equal(AppealStatus.Escalated);
    });

    it("refuses an appeal on time, answered but unrated, rated satisfied, or already escalated", async function () {
      const platform = await networkHelpers.loadFixture(deployWithAnsweredAppeal);
      const { appeals, id } = platform;
      const open = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "open");
      const escalateNow = (appealId: bigint, label: string) =>
        escalateAsCitizen(appeals, appealId, commitment(label));
      await expect(escalateNow(open, "on time"))
        .to.be.revertedWithCustomError(appeals, "NotEscalable")
        .withArgs(open, AppealStatus.Registered);
      await expect(escalateNow(id, "unrated"))
        .to.be.revertedWithCustomError(appeals, "NotEscalable")
        .withArgs(id, AppealStatus.Answered);
      await rate(platform, 3);
      await expect(escalateNow(id, "satisfied"))
        .to.be.revertedWithCustomError(appeals, "NotEscalable")
        .withArgs(id, AppealStatus.Closed);
      await networkHelpers.time.increase(16n * DAY);
      await escalateNow(open, "first");
      await expect(escalateNow(open, "second"))
        .to.be.revertedWithCustomError(appeals, "NotEscalable")
        .withArgs(open, AppealStatus.Escalated);
    });

    it("refuses when there is no active superior", async function () {
      const { appeals } = await networkHelpers.loadFixture(deployWithAppeal);
      const top = await fileAppeal(appeals, agencies.ministry, AppealType.Complaint, "top");
      const branch = await fileAppeal(appeals, agencies.branch, AppealType.Complaint, "branch");
      await networkHelpers.time.increase(16n * DAY);
      await expect(escalateAsCitizen(appeals, top, complaint))
        .to.be.revertedWithCustomError(appeals, "NoSuperiorOrganization")
        .withArgs(agencies.ministry);
      await expect(escalateAsCitizen(appeals, branch, complaint))
        .to.be.revertedWithCustomError(appeals, "AgencyNotActive")
        .withArgs(agencies.suspended);
    });

    it("refuses another key's signature, an altered complaint, an expired signature", async function () {
      const { appeals, id } = await networkHelpers.loadFixture(deployWithAppeal);
      await networkHelpers.time.increase(16n * DAY);
      const validUntil = await inAnHour();
      const forged = await signEscalation(appeals, id, complaint, validUntil, impostor);
      await expect(appeals.escalate(id, complaint, validUntil, forged))
        .to.be.revertedWithCustomError(appeals, "InvalidCitizenSignature")
        .withArgs(id);
      const genuine = await signEscalation(appeals, id, complaint, validUntil);
      await expect(appeals.escalate(id, commitment("relayer's text"), validUntil, genuine))
        .to.be.revertedWithCustomError(appeals, "InvalidCitizenSignature")
        .withArgs(id);
      await networkHelpers.time.increaseTo(validUntil + 1n);
      await expect(appeals.escalate(id, complaint, validUntil, genuine))
        .to.be.revertedWithCustomError(appeals, "SignatureExpired")
        .withArgs(validUntil);
    });

    it("rejects an empty or already used complaint commitment", async function () {
      const { appeals, id } = await networkHelpers.loadFixture(deployWithAppeal);
      await networkHelpers.time.increase(16n * DAY);
      await expect(escalateAsCitizen(appeals, id, ZeroHash)).to.be.revertedWithCustomError(
        appeals,
        "EmptyCommitment",
      );
      const used = commitment("appeal");
      await expect(escalateAsCitizen(appeals, id, used))
        .to.be.revertedWithCustomError(appeals, "DuplicateCommitment")
        .withArgs(used, id);
      await expect(appeals.escalate(9n, complaint, await inAnHour(), "0x"))
        .to.be.revertedWithCustomError(appeals, "UnknownAppeal")
        .withArgs(9n);
    });

    it("lets the superior's complaint be escalated again, up the chain", async function () {
      const { appeals, registry } = await networkHelpers.loadFixture(deployWithAppeal);
      await registry.setOrganizationStatus(agencies.suspended, 1);
      const branch = await fileAppeal(appeals, agencies.branch, AppealType.Statement, "branch");
      await networkHelpers.time.increase(16n * DAY);
      const first = commitment("to the agency");
      await escalateAsCitizen(appeals, branch, first);
      const atAgency = await appeals.appealIdOf(citizen.address, first);
      expect((await appeals.getAppeal(atAgency)).agencyId).to.equal(BigInt(agencies.suspended));
      await networkHelpers.time.increase(16n * DAY);
      const second = commitment("to the ministry");
      await escalateAsCitizen(appeals, atAgency, second);
      const atMinistry = await appeals.getAppeal(await appeals.appealIdOf(citizen.address, second));
      expect(atMinistry.agencyId).to.equal(BigInt(agencies.ministry));
      expect(atMinistry.escalatedFrom).to.equal(atAgency);
    });
  });
});
