// KindergartenQueue: every external function, event and error, as the relayer, officers,
// parents (by signature) and strangers meet them.
import { anyUint } from "@nomicfoundation/hardhat-ethers-chai-matchers/withArgs";
import { expect } from "chai";
import { ethers, expectRoleGivenExactly, networkHelpers, selectorsOf } from "./fixtures.js";
import { domainOf, PARENT_ACTION_TYPES, QUEUE_DOMAIN } from "./signatures.js";
import {
  AGE_GROUP,
  ApplicationStatus,
  ClaimStatus,
  DAY,
  deployQueue,
  GENERAL_TIER,
  MemberStatus,
  newParent,
  OfferStatus,
  ParentAction,
  StandingAtOffer,
} from "./KindergartenQueueFixtures.js";

const { loadFixture, time } = networkHelpers;
const HOUR = 3600;

async function inAnHour(): Promise<number> {
  return (await time.latest()) + HOUR;
}

describe("KindergartenQueue: settings", function () {
  it("starts with a 15-day offer period and lets the settings role change it", async function () {
    const { queue, admin, stranger } = await loadFixture(deployQueue);
    expect(await queue.offerPeriod()).to.equal(BigInt(15 * DAY));
    await expect(queue.connect(admin).setOfferPeriod(7 * DAY))
      .to.emit(queue, "OfferPeriodSet")
      .withArgs(7 * DAY);
    expect(await queue.offerPeriod()).to.equal(BigInt(7 * DAY));
    for (const period of [HOUR - 1, 90 * DAY + 1]) {
      await expect(queue.connect(admin).setOfferPeriod(period))
        .to.be.revertedWithCustomError(queue, "InvalidOfferPeriod")
        .withArgs(period);
    }
    await expect(queue.connect(stranger).setOfferPeriod(DAY))
      .to.be.revertedWithCustomError(queue, "AccessManagedUnauthorized")
      .withArgs(stranger.address);
  });

  it("defines age groups, rejecting empty ranges and strangers", async function () {
    const { queue, admin, stranger } = await loadFixture(deployQueue);
    expect(await queue.getAgeGroup(0)).to.deep.equal([24n, 36n, true]);
    await expect(queue.connect(admin).setAgeGroup(5, 12, 24, false))
      .to.emit(queue, "AgeGroupSet")
      .withArgs(5, 12, 24, false);
    expect(await queue.getAgeGroup(5)).to.deep.equal([12n, 24n, false]);
    await expect(queue.connect(admin).setAgeGroup(5, 24, 24, true))
      .to.be.revertedWithCustomError(queue, "InvalidAgeRange")
      .withArgs(24, 24);
    await expect(queue.connect(stranger).setAgeGroup(5, 12, 24, true))
      .to.be.revertedWithCustomError(queue, "AccessManagedUnauthorized")
      .withArgs(stranger.address);
  });

  it("defines priority categories with tiers below the general tier", async function () {
    const { queue, admin, stranger } = await loadFixture(deployQueue);
    expect(await queue.getPriorityCategory(2)).to.deep.equal([1n, true]);
    await expect(queue.connect(admin).setPriorityCategory(9, 6, true))
      .to.emit(queue, "PriorityCategorySet")
      .withArgs(9, 6, true);
    await expect(queue.connect(admin).setPriorityCategory(9, GENERAL_TIER, true))
      .to.be.revertedWithCustomError(queue, "InvalidTier")
      .withArgs(GENERAL_TIER);
    await expect(
      queue.connect(admin).setPriorityCategory(0, 0, true),
    ).to.be.revertedWithCustomError(queue, "ReservedCategory");
    await expect(queue.connect(stranger).setPriorityCategory(9, 0, true))
      .to.be.revertedWithCustomError(queue, "AccessManagedUnauthorized")
      .withArgs(stranger.address);
  });

  it("is wired by the deployment: the three settings to QUEUE_SETTINGS_ROLE only", async function () {
    const { queue, manager, registry, admin } = await loadFixture(deployQueue);
    const role = await queue.QUEUE_SETTINGS_ROLE();
    const restricted = ["setAgeGroup", "setPriorityCategory", "setOfferPeriod"] as const;
    expect(await queue.settingsSelectors()).to.deep.equal(selectorsOf(queue, restricted));
    await expectRoleGivenExactly(manager, queue, restricted, role);
    expect((await manager.hasRole(role, admin.address))[0]).to.equal(true);
    expect(await queue.registry()).to.equal(await registry.getAddress());
    expect(await queue.authority()).to.equal(await manager.getAddress());
  });
});

describe("KindergartenQueue: district staff", function () {
  it("lets the district's administrator name and remove relayers", async function () {
    const { queue, districtAdmin, stranger, officer } = await loadFixture(deployQueue);
    await expect(queue.connect(districtAdmin).setRelayer(1, stranger.address, true))
      .to.emit(queue, "RelayerSet")
      .withArgs(1, stranger.address, true, districtAdmin.address);
    expect(await queue.isRelayer(1, stranger.address)).to.equal(true);
    await queue.connect(districtAdmin).setRelayer(1, stranger.address, false);
    expect(await queue.isRelayer(1, stranger.address)).to.equal(false);
    await expect(queue.connect(officer).setRelayer(1, officer.address, true))
      .to.be.revertedWithCustomError(queue, "NotDistrictAdmin")
      .withArgs(1, officer.address);
    await expect(queue.connect(districtAdmin).setRelayer(2, stranger.address, true))
      .to.be.revertedWithCustomError(queue, "NotADistrict")
      .withArgs(2);
  });

  it("lets the district's queue officer set capacities, and no one else", async function () {
    const { queue, officer, otherOfficer, kindergartenOfficer } = await loadFixture(deployQueue);
    await expect(queue.connect(officer).setGroupCapacity(2, 0, 20))
      .to.emit(queue, "GroupCapacitySet")
      .withArgs(2, 0, 20, officer.address);
    expect((await queue.getQueue(2, 0)).capacity).to.equal(20n);
    for (const caller of [otherOfficer, kindergartenOfficer]) {
      await expect(queue.connect(caller).setGroupCapacity(2, 0, 30))
        .to.be.revertedWithCustomError(queue, "NotQueueOfficer")
        .withArgs(1, caller.address);
    }
    for (const notKindergarten of [7, 1, 99]) {
      await expect(queue.connect(officer).setGroupCapacity(notKindergarten, 0, 30))
        .to.be.revertedWithCustomError(queue, "NotAKindergarten")
        .withArgs(notKindergarten);
    }
    await expect(queue.connect(officer).setGroupCapacity(2, 9, 30))
      .to.be.revertedWithCustomError(queue, "UnknownAgeGroup")
      .withArgs(9);
  });
});

describe("KindergartenQueue: applications", function () {
  it("records an application and joins each preferred queue in order", async function () {
    const { queue, relayer, districtKey } = await loadFixture(deployQueue);
    const parent = newParent();
    const tag = ethers.computeHmac("sha256", districtKey, ethers.toUtf8Bytes("child-1"));
    const tx = queue
      .connect(relayer)
      .submitApplication(1, tag, AGE_GROUP, [3, 2], 1, parent.key.address);
    await expect(tx)
      .to.emit(queue, "ApplicationSubmitted")
      .withArgs(1, 1, tag, AGE_GROUP, [3, 2], 1, parent.key.address, relayer.address);
    await expect(tx).to.emit(queue, "QueueJoined").withArgs(3, AGE_GROUP, 1, 1, 1);
    await expect(tx).to.emit(queue, "QueueJoined").withArgs(2, AGE_GROUP, 1, 1, 2);
    const app = await queue.getApplication(1);
    expect(app.district).to.equal(1n);
    expect(app.status).to.equal(BigInt(ApplicationStatus.Active));
    expect(app.claimStatus).to.equal(BigInt(ClaimStatus.Pending));
    expect(app.tier).to.equal(BigInt(GENERAL_TIER));
    expect(app.submittedAt).to.equal(BigInt(await time.latest()));
    expect(app.parentKey).to.equal(parent.key.address);
    expect(app.childTag).to.equal(tag);
    expect(app.kindergartens).to.deep.equal([3n, 2n]);
    expect(await queue.activeApplicationOf(1, tag)).to.equal(1n);
    expect(await queue.memberAt(3, AGE_GROUP, 1)).to.equal(1n);
    expect((await queue.getMember(2, AGE_GROUP, 1)).status).to.equal(BigInt(MemberStatus.Waiting));
    expect(await queue.queueIdOf(3, AGE_GROUP)).to.equal((3n << 8n) | BigInt(AGE_GROUP));
  });

  it("refuses bad input with a clear error and writes nothing", async function () {
    const { queue, relayer, stranger, apply, districtKey } = await loadFixture(deployQueue);
    await apply("child-1", [2]);
    const key = newParent().key.address;
    const tag = ethers.computeHmac("sha256", districtKey, ethers.toUtf8Bytes("child-2"));
    const submit = (...args: Parameters<typeof queue.submitApplication>) =>
      queue.connect(relayer).submitApplication(...args);
    // Each call is made only when checked: a rejection created early would go unhandled.
    const cases: [() => Promise<unknown>, string, unknown[]][] = [
      [() => submit(1, tag, AGE_GROUP, [2, 3, 4, 2], 0, key), "InvalidPreferenceCount", [4, 3]],
      [() => submit(1, tag, AGE_GROUP, [], 0, key), "InvalidPreferenceCount", [0, 3]],
      [() => submit(1, tag, AGE_GROUP, [2, 3, 2], 0, key), "DuplicatePreference", [2]],
      [() => submit(1, tag, 0, [2], 0, key), "AgeGroupNotOffered", [2, 0]],
      [() => submit(1, tag, 9, [2], 0, key), "UnknownAgeGroup", [9]],
      [() => submit(1, tag, AGE_GROUP, [6], 0, key), "KindergartenNotInDistrict", [6, 1]],
      [() => submit(1, tag, AGE_GROUP, [7], 0, key), "NotAKindergarten", [7]],
      [() => submit(1, tag, AGE_GROUP, [2], 9, key), "UnknownPriorityCategory", [9]],
      [() => submit(1, ethers.ZeroHash, AGE_GROUP, [2], 0, key), "ZeroChildTag", []],
      [() => submit(1, tag, AGE_GROUP, [2], 0, ethers.ZeroAddress), "ZeroParentKey", []],
      [() => submit(5, tag, AGE_GROUP, [6], 0, key), "NotRelayer", [5, relayer.address]],
      [
        () => queue.connect(stranger).submitApplication(1, tag, AGE_GROUP, [2], 0, key),
        "NotRelayer",
        [1, stranger.address],
      ],
    ];
    for (const [call, error, args] of cases) {
      await expect(call())
        .to.be.revertedWithCustomError(queue, error)
        .withArgs(...args);
    }
    const firstTag = ethers.computeHmac("sha256", districtKey, ethers.toUtf8Bytes("child-1"));
    await expect(submit(1, firstTag, AGE_GROUP, [3], 0, key))
      .to.be.revertedWithCustomError(queue, "ChildAlreadyApplied")
      .withArgs(1, 1);
    expect(await queue.applicationCount()).to.equal(1n);
    expect((await queue.getQueue(3, AGE_GROUP)).lastSeq).to.equal(0n);
  });

  it("refuses applications in a suspended district", async function () {
    const { queue, registry, relayer, districtKey } = await loadFixture(deployQueue);
    await registry.setOrganizationStatus(1, 2);
    const tag = ethers.computeHmac("sha256", districtKey, ethers.toUtf8Bytes("child-1"));
    await expect(
      queue.connect(relayer).submitApplication(1, tag, AGE_GROUP, [2], 0, newParent().key.address),
    )
      .to.be.revertedWithCustomError(queue, "NotADistrict")
      .withArgs(1);
  });

  it("answers unknown application numbers and offers with a clear error", async function () {
    const { queue } = await loadFixture(deployQueue);
    const reads = [
      () => queue.getApplication(42),
      () => queue.positionOf(42),
      () => queue.parentNonce(42),
    ];
    for (const read of reads) {
      await expect(read()).to.be.revertedWithCustomError(queue, "UnknownApplication").withArgs(42);
    }
    await expect(queue.getOffer(42)).to.be.revertedWithCustomError(queue, "UnknownOffer");
    await expect(queue.standingAtOffer(42, 1)).to.be.revertedWithCustomError(queue, "UnknownOffer");
    await expect(queue.expireOffer(42)).to.be.revertedWithCustomError(queue, "UnknownOffer");
    expect(await queue.firstWaiting(2, AGE_GROUP)).to.equal(0n);
  });

  it("puts no child id on chain, only the keyed tag", async function () {
    const { queue, apply } = await loadFixture(deployQueue);
    const childId = "31507201234567";
    const { tag } = await apply(childId, [2, 3]);
    const needle = ethers.hexlify(ethers.toUtf8Bytes(childId)).slice(2);
    const logs = await ethers.provider.getLogs({ address: await queue.getAddress(), fromBlock: 0 });
    const block = await ethers.provider.getBlock("latest", true);
    const input = block!.prefetchedTransactions.map((tx) => tx.data).join("");
    expect(input).to.include(tag.slice(2));
    expect(input + logs.map((log) => log.data + log.topics.join("")).join("")).not.to.include(
      needle,
    );
    expect(tag).not.to.equal(ethers.keccak256(ethers.toUtf8Bytes(childId)));
  });
});

describe("KindergartenQueue: priority claims and positions", function () {
  async function threeChildren() {
    const fixture = await deployQueue();
    const first = await fixture.apply("child-1", [2, 3]);
    const second = await fixture.apply("child-2", [2], 4);
    const third = await fixture.apply("child-3", [3, 2], 1);
    return { ...fixture, first, second, third };
  }

  it("queues claimants without priority until an officer approves", async function () {
    const { queue } = await loadFixture(threeChildren);
    const [kg2] = await queue.positionOf(3);
    expect(kg2.kindergarten).to.equal(3n);
    expect(kg2.ahead).to.equal(1n);
    expect(kg2.aheadByTier[GENERAL_TIER]).to.equal(1n);
    expect((await queue.positionOf(3))[1].ahead).to.equal(2n);
    expect(await queue.firstWaiting(2, AGE_GROUP)).to.equal(1n);
  });

  it("moves an approved child to its tier in every queue, in submission order", async function () {
    const { queue, officer } = await loadFixture(threeChildren);
    await expect(queue.connect(officer).decideClaim(3, true, 11))
      .to.emit(queue, "ClaimDecided")
      .withArgs(3, true, 1, 0, 11, officer.address, 6);
    const app = await queue.getApplication(3);
    expect(app.claimStatus).to.equal(BigInt(ClaimStatus.Approved));
    expect(app.tier).to.equal(0n);
    expect(app.tierStamp).to.equal(6n);
    const standings = await queue.positionOf(3);
    expect(standings.map((s) => s.ahead)).to.deep.equal([0n, 0n]);
    expect(await queue.firstWaiting(2, AGE_GROUP)).to.equal(3n);

    await queue.connect(officer).decideClaim(2, true, 11);
    const [second] = await queue.positionOf(2);
    expect(second.tier).to.equal(3n);
    expect(second.ahead).to.equal(1n);
    expect(second.aheadByTier.slice(0, 4)).to.deep.equal([1n, 0n, 0n, 0n]);
    const [first] = await queue.positionOf(1);
    expect(first.ahead).to.equal(2n);
    expect(first.aheadByTier).to.deep.equal([1n, 0n, 0n, 1n, 0n, 0n, 0n, 0n]);
    const counters = await queue.getQueue(2, AGE_GROUP);
    expect(counters.waiting).to.equal(3n);
    expect(counters.waitingByTier).to.deep.equal([1n, 0n, 0n, 1n, 0n, 0n, 0n, 1n]);
  });

  it("rejects a claim with a reason, and decides each claim only once", async function () {
    const { queue, officer } = await loadFixture(threeChildren);
    await expect(queue.connect(officer).decideClaim(2, false, 21))
      .to.emit(queue, "ClaimDecided")
      .withArgs(2, false, 4, GENERAL_TIER, 21, officer.address, 5);
    expect((await queue.getApplication(2)).claimStatus).to.equal(BigInt(ClaimStatus.Rejected));
    for (const application of [2, 1]) {
      await expect(queue.connect(officer).decideClaim(application, true, 0))
        .to.be.revertedWithCustomError(queue, "ClaimNotPending")
        .withArgs(application);
    }
  });

  it("refuses decisions by others, on unknown, closed or discontinued claims", async function () {
    const { queue, officer, otherOfficer, admin, sign } = await loadFixture(threeChildren);
    await expect(queue.connect(otherOfficer).decideClaim(3, true, 0))
      .to.be.revertedWithCustomError(queue, "NotQueueOfficer")
      .withArgs(1, otherOfficer.address);
    await expect(queue.connect(officer).decideClaim(9, true, 0))
      .to.be.revertedWithCustomError(queue, "UnknownApplication")
      .withArgs(9);
    await queue.connect(admin).setPriorityCategory(4, 3, false);
    await expect(queue.connect(officer).decideClaim(2, true, 0))
      .to.be.revertedWithCustomError(queue, "UnknownPriorityCategory")
      .withArgs(4);
    const { third } = await loadFixture(threeChildren);
    const deadline = await inAnHour();
    await queue.withdraw(
      3,
      deadline,
      await sign(third.parent, 3n, ParentAction.Withdraw, 0n, deadline),
    );
    await expect(queue.connect(officer).decideClaim(3, true, 0))
      .to.be.revertedWithCustomError(queue, "ApplicationNotActive")
      .withArgs(3);
  });
});

describe("KindergartenQueue: seats and offers", function () {
  async function queueOfFour() {
    const fixture = await deployQueue();
    const children = [];
    for (let i = 1; i <= 4; ++i) {
      children.push(await fixture.apply(`child-${i}`, i === 4 ? [2, 3] : [2], i === 4 ? 2 : 0));
    }
    await fixture.queue.connect(fixture.officer).decideClaim(4, true, 0);
    return { ...fixture, children };
  }

  it("offers released seats to the first children in order, and to no one else", async function () {
    const { queue, officer } = await loadFixture(queueOfFour);
    const tx = queue.connect(officer).releaseSeats(2, AGE_GROUP, 2);
    await expect(tx).to.emit(queue, "SeatsReleased").withArgs(2, AGE_GROUP, 2, officer.address);
    const expiresAt = (await time.latest()) + 15 * DAY;
    await expect(tx)
      .to.emit(queue, "OfferMade")
      .withArgs(1, 2, 4, AGE_GROUP, 1, 4, expiresAt, 3, 7);
    await expect(tx)
      .to.emit(queue, "OfferMade")
      .withArgs(2, 2, 1, AGE_GROUP, GENERAL_TIER, 1, expiresAt, 2, 8);
    const offer = await queue.getOffer(1);
    expect(offer.application).to.equal(4n);
    expect(offer.status).to.equal(BigInt(OfferStatus.Pending));
    expect(offer.offeredAt).to.equal(BigInt(expiresAt - 15 * DAY));
    const counters = await queue.getQueue(2, AGE_GROUP);
    expect([counters.vacantSeats, counters.pendingOffers, counters.waiting]).to.deep.equal([
      0n,
      2n,
      2n,
    ]);
    const [standing] = await queue.positionOf(4);
    expect(standing.status).to.equal(BigInt(MemberStatus.Offered));
    expect(standing.offerId).to.equal(1n);
    expect((await queue.positionOf(3))[0].ahead).to.equal(1n);
  });

  it("lets the kindergarten's own officer release, and refuses strangers", async function () {
    const { queue, kindergartenOfficer, stranger } = await loadFixture(queueOfFour);
    await expect(queue.connect(kindergartenOfficer).releaseSeats(2, AGE_GROUP, 1)).to.emit(
      queue,
      "OfferMade",
    );
    await expect(queue.connect(kindergartenOfficer).releaseSeats(3, AGE_GROUP, 1))
      .to.be.revertedWithCustomError(queue, "NotQueueOfficer")
      .withArgs(1, kindergartenOfficer.address);
    await expect(queue.connect(stranger).releaseSeats(2, AGE_GROUP, 1))
      .to.be.revertedWithCustomError(queue, "NotQueueOfficer")
      .withArgs(1, stranger.address);
  });

  it("refuses zero seats, a group the kindergarten lacks and more than its capacity", async function () {
    const { queue, officer } = await loadFixture(queueOfFour);
    await expect(
      queue.connect(officer).releaseSeats(2, AGE_GROUP, 0),
    ).to.be.revertedWithCustomError(queue, "ZeroSeats");
    await expect(queue.connect(officer).releaseSeats(2, 0, 1))
      .to.be.revertedWithCustomError(queue, "AgeGroupNotOffered")
      .withArgs(2, 0);
    await expect(queue.connect(officer).releaseSeats(2, AGE_GROUP, 4))
      .to.be.revertedWithCustomError(queue, "SeatsExceedCapacity")
      .withArgs(2, AGE_GROUP, 4, 3);
    await queue.connect(officer).releaseSeats(2, AGE_GROUP, 2);
    await expect(queue.connect(officer).releaseSeats(2, AGE_GROUP, 2))
      .to.be.revertedWithCustomError(queue, "SeatsExceedCapacity")
      .withArgs(2, AGE_GROUP, 2, 1);
    expect(await queue.offerCount()).to.equal(2n);
  });

  it("keeps seats nobody waits for vacant and offers them to the next child who joins", async function () {
    const { queue, officer, apply } = await loadFixture(deployQueue);
    await queue.connect(officer).releaseSeats(4, AGE_GROUP, 2);
    expect((await queue.getQueue(4, AGE_GROUP)).vacantSeats).to.equal(2n);
    await apply("child-1", [3, 4]);
    const counters = await queue.getQueue(4, AGE_GROUP);
    expect([counters.vacantSeats, counters.pendingOffers]).to.deep.equal([1n, 1n]);
    expect((await queue.getOffer(1)).application).to.equal(1n);
  });

  it("enrols on acceptance: the child leaves its other queues and offers pass on", async function () {
    const { queue, officer, children, sign, relayer } = await loadFixture(queueOfFour);
    await queue.connect(officer).releaseSeats(3, AGE_GROUP, 1);
    await queue.connect(officer).releaseSeats(2, AGE_GROUP, 1);
    // Child 4 holds offers in both kindergartens 3 (offer 1) and 2 (offer 2).
    const deadline = await inAnHour();
    const signature = await sign(children[3].parent, 4n, ParentAction.Accept, 1n, deadline);
    const tx = queue.connect(relayer).acceptOffer(1, deadline, signature);
    await expect(tx).to.emit(queue, "OfferClosed").withArgs(1, 4, OfferStatus.Accepted, 9);
    await expect(tx).to.emit(queue, "OfferClosed").withArgs(2, 4, OfferStatus.Cancelled, 10);
    await expect(tx).to.emit(queue, "QueueLeft").withArgs(2, AGE_GROUP, 4, 11);
    await expect(tx)
      .to.emit(queue, "OfferMade")
      .withArgs(3, 2, 1, AGE_GROUP, GENERAL_TIER, 1, anyUint, 2, 12);
    await expect(tx).to.emit(queue, "ApplicationClosed").withArgs(4, ApplicationStatus.Enrolled, 3);
    const app = await queue.getApplication(4);
    expect(app.status).to.equal(BigInt(ApplicationStatus.Enrolled));
    expect(app.enrolledIn).to.equal(3n);
    expect(app.nonce).to.equal(1n);
    expect(await queue.activeApplicationOf(1, children[3].tag)).to.equal(0n);
    expect((await queue.getQueue(3, AGE_GROUP)).enrolled).to.equal(1n);
    expect((await queue.getMember(3, AGE_GROUP, 4)).status).to.equal(BigInt(MemberStatus.Enrolled));
    await expect(queue.acceptOffer(1, deadline, signature))
      .to.be.revertedWithCustomError(queue, "OfferNotPending")
      .withArgs(1, OfferStatus.Accepted);
  });

  it("checks the parent's signature: wrong secret, other action, replay, deadline", async function () {
    const { queue, officer, children, sign } = await loadFixture(queueOfFour);
    await queue.connect(officer).releaseSeats(2, AGE_GROUP, 1);
    const parent = children[3].parent;
    const deadline = await inAnHour();
    const wrongSecret = await sign(newParent(), 4n, ParentAction.Accept, 1n, deadline);
    const decline = await sign(parent, 4n, ParentAction.Decline, 1n, deadline);
    const otherDeadline = await sign(parent, 4n, ParentAction.Accept, 1n, deadline + 1);
    for (const signature of [wrongSecret, decline, otherDeadline, "0x1234"]) {
      await expect(queue.acceptOffer(1, deadline, signature))
        .to.be.revertedWithCustomError(queue, "NotParent")
        .withArgs(4);
    }
    const past = (await time.latest()) - 1;
    await expect(queue.acceptOffer(1, past, await sign(parent, 4n, ParentAction.Accept, 1n, past)))
      .to.be.revertedWithCustomError(queue, "SignatureExpired")
      .withArgs(past);
    // A withdrawal signed by the parent is used once; its replay fails.
    const withdrawal = await sign(parent, 4n, ParentAction.Withdraw, 0n, deadline);
    await queue.withdraw(4, deadline, withdrawal);
    await expect(queue.withdraw(4, deadline, withdrawal))
      .to.be.revertedWithCustomError(queue, "NotParent")
      .withArgs(4);
    expect(await queue.parentNonce(4)).to.equal(1n);
  });

  it("matches the SDK's EIP-712 digest", async function () {
    const { queue } = await loadFixture(queueOfFour);
    const digest = ethers.TypedDataEncoder.hash(
      await domainOf(QUEUE_DOMAIN, queue),
      PARENT_ACTION_TYPES,
      { application: 4, action: ParentAction.Decline, offerId: 7, nonce: 2, deadline: 99 },
    );
    expect(await queue.parentActionDigest(4, ParentAction.Decline, 7, 2, 99)).to.equal(digest);
  });

  it("refuses accepting an expired offer; anyone then passes it to the next child", async function () {
    const { queue, officer, children, sign, stranger } = await loadFixture(queueOfFour);
    await queue.connect(officer).releaseSeats(2, AGE_GROUP, 1);
    const { expiresAt } = await queue.getOffer(1);
    await expect(queue.connect(stranger).expireOffer(1))
      .to.be.revertedWithCustomError(queue, "OfferNotExpired")
      .withArgs(1, expiresAt);
    await time.increaseTo(expiresAt + 1n);
    const deadline = await inAnHour();
    const signature = await sign(children[3].parent, 4n, ParentAction.Accept, 1n, deadline);
    await expect(queue.acceptOffer(1, deadline, signature))
      .to.be.revertedWithCustomError(queue, "OfferExpired")
      .withArgs(1, expiresAt);
    expect(await queue.parentNonce(4)).to.equal(0n);
    const tx = queue.connect(stranger).expireOffer(1);
    await expect(tx).to.emit(queue, "OfferClosed").withArgs(1, 4, OfferStatus.Expired, anyUint);
    await expect(tx)
      .to.emit(queue, "OfferMade")
      .withArgs(2, 2, 1, AGE_GROUP, GENERAL_TIER, 1, anyUint, 2, anyUint);
    // Child 4 keeps its place in kindergarten 3.
    expect((await queue.getApplication(4)).status).to.equal(BigInt(ApplicationStatus.Active));
    expect((await queue.positionOf(4))[1].status).to.equal(BigInt(MemberStatus.Waiting));
  });

  it("passes a declined seat on; an application with no queue left lapses", async function () {
    const { queue, officer, children, sign } = await loadFixture(queueOfFour);
    await queue.connect(officer).releaseSeats(2, AGE_GROUP, 2);
    const deadline = await inAnHour();
    const tx = queue.declineOffer(
      2,
      deadline,
      await sign(children[0].parent, 1n, ParentAction.Decline, 2n, deadline),
    );
    await expect(tx).to.emit(queue, "OfferClosed").withArgs(2, 1, OfferStatus.Declined, anyUint);
    await expect(tx).to.emit(queue, "QueueLeft").withArgs(2, AGE_GROUP, 1, anyUint);
    await expect(tx).to.emit(queue, "ApplicationClosed").withArgs(1, ApplicationStatus.Lapsed, 0);
    await expect(tx)
      .to.emit(queue, "OfferMade")
      .withArgs(3, 2, 2, AGE_GROUP, GENERAL_TIER, 2, anyUint, 1, anyUint);
    expect(await queue.activeApplicationOf(1, children[0].tag)).to.equal(0n);
    await expect(queue.declineOffer(2, deadline, "0x"))
      .to.be.revertedWithCustomError(queue, "OfferNotPending")
      .withArgs(2, OfferStatus.Declined);
  });

  it("withdraws: the child leaves every queue, its offer passes on, it may apply again", async function () {
    const { queue, officer, children, sign, apply } = await loadFixture(queueOfFour);
    await queue.connect(officer).releaseSeats(2, AGE_GROUP, 1);
    const deadline = await inAnHour();
    const tx = queue.withdraw(
      4,
      deadline,
      await sign(children[3].parent, 4n, ParentAction.Withdraw, 0n, deadline),
    );
    await expect(tx).to.emit(queue, "OfferClosed").withArgs(1, 4, OfferStatus.Cancelled, anyUint);
    await expect(tx).to.emit(queue, "QueueLeft").withArgs(3, AGE_GROUP, 4, anyUint);
    await expect(tx)
      .to.emit(queue, "ApplicationClosed")
      .withArgs(4, ApplicationStatus.Withdrawn, 0);
    expect(await queue.firstWaiting(3, AGE_GROUP)).to.equal(0n);
    expect((await queue.getOffer(2)).application).to.equal(1n);
    const again = await sign(children[3].parent, 4n, ParentAction.Withdraw, 0n, deadline);
    await expect(queue.withdraw(4, deadline, again))
      .to.be.revertedWithCustomError(queue, "ApplicationNotActive")
      .withArgs(4);
    await expect(queue.withdraw(42, deadline, again))
      .to.be.revertedWithCustomError(queue, "UnknownApplication")
      .withArgs(42);
    await apply("child-4", [3]);
    expect(await queue.activeApplicationOf(1, children[3].tag)).to.equal(5n);
  });

  it("shows for an offer that every child ahead was offered earlier or had left", async function () {
    const { queue, officer, children, sign } = await loadFixture(queueOfFour);
    await queue.connect(officer).releaseSeats(2, AGE_GROUP, 1); // offer 1 to child 4
    const deadline = await inAnHour();
    await queue.withdraw(
      1,
      deadline,
      await sign(children[0].parent, 1n, ParentAction.Withdraw, 0n, deadline),
    );
    await queue.connect(officer).releaseSeats(2, AGE_GROUP, 1); // offer 2 to child 2
    expect((await queue.getOffer(2)).application).to.equal(2n);
    const standings = [];
    for (let application = 1; application <= 4; ++application) {
      standings.push((await queue.standingAtOffer(2, application)).map(Number));
    }
    expect(standings).to.deep.equal([
      [StandingAtOffer.LeftEarlier, 0],
      [StandingAtOffer.Recipient, 0],
      [StandingAtOffer.NotAhead, 0],
      [StandingAtOffer.OfferedEarlier, 1],
    ]);
  });
});
