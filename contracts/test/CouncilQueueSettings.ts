// A parameter change after the production hand-over: the kindergarten queue's settings (its
// priority categories, its offer period) change only through the council of agencies, after M
// approvals and the public delay; the deploying account, which set them while wiring, cannot.
import { expect } from "chai";
import { id as textHash } from "ethers";
import { DELAY, ProposalState, deployProduction, nextProposalId } from "./CouncilFixtures.js";
import { networkHelpers } from "./fixtures.js";

/** A new priority category (the "changing a parameter (priority categories)"). */
const CATEGORY = 5;
const TIER = 1;
const TWENTY_DAYS = 20n * 86_400n;

describe("Queue settings after the hand-over (Production deployment)", function () {
  it("refuse the deploying account and a single council member", async function () {
    const { queue, deployer, members } = await networkHelpers.loadFixture(deployProduction);
    for (const signer of [deployer, members[0]!]) {
      await expect(queue.connect(signer).setPriorityCategory(CATEGORY, TIER, true))
        .to.be.revertedWithCustomError(queue, "AccessManagedUnauthorized")
        .withArgs(signer.address);
      await expect(queue.connect(signer).setOfferPeriod(TWENTY_DAYS))
        .to.be.revertedWithCustomError(queue, "AccessManagedUnauthorized")
        .withArgs(signer.address);
    }
  });

  it("change a priority category only after two approvals and the public delay", async function () {
    const { council, queue, members, stranger } =
      await networkHelpers.loadFixture(deployProduction);
    const data = queue.interface.encodeFunctionData("setPriorityCategory", [CATEGORY, TIER, true]);
    const id = await nextProposalId(council);
    await council.connect(members[0]!).propose(queue, data, textHash("priority category 5"));

    // One approval: pending, however long it waits.
    await networkHelpers.time.increase(10n * DELAY);
    await expect(council.connect(stranger).execute(id))
      .to.be.revertedWithCustomError(council, "UnexpectedProposalState")
      .withArgs(id, ProposalState.Pending);

    await expect(council.connect(members[1]!).approve(id)).to.emit(council, "ProposalScheduled");
    const { executableAt } = await council.getProposal(id);
    await networkHelpers.time.setNextBlockTimestamp(executableAt - 1n);
    await expect(council.connect(stranger).execute(id))
      .to.be.revertedWithCustomError(council, "ProposalNotReady")
      .withArgs(id, executableAt);
    expect((await queue.getPriorityCategory(CATEGORY)).active).to.equal(false);

    await networkHelpers.time.setNextBlockTimestamp(executableAt);
    await expect(council.connect(stranger).execute(id))
      .to.emit(queue, "PriorityCategorySet")
      .withArgs(CATEGORY, TIER, true);
    const category = await queue.getPriorityCategory(CATEGORY);
    expect([category.tier, category.active]).to.deep.equal([BigInt(TIER), true]);
  });

  it("change the offer period through the council, not before the delay", async function () {
    const { council, queue, members, stranger } =
      await networkHelpers.loadFixture(deployProduction);
    const before = await queue.offerPeriod();
    const data = queue.interface.encodeFunctionData("setOfferPeriod", [TWENTY_DAYS]);
    const id = await nextProposalId(council);
    await council.connect(members[1]!).propose(queue, data, textHash("offer period 20 days"));
    await council.connect(members[2]!).approve(id);
    await expect(council.connect(stranger).execute(id)).to.be.revertedWithCustomError(
      council,
      "ProposalNotReady",
    );
    expect(await queue.offerPeriod()).to.equal(before);

    await networkHelpers.time.increase(DELAY);
    await expect(council.connect(stranger).execute(id))
      .to.emit(queue, "OfferPeriodSet")
      .withArgs(TWENTY_DAYS);
    expect(await queue.offerPeriod()).to.equal(TWENTY_DAYS);
  });
});
