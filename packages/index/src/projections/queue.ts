import { GENERAL_TIER, applicationStatusNames, offerStatusNames } from "@ishonch/sdk";
import type { IndexedEvent, Projection, Transaction } from "./projection.ts";
import { enumName, origin, secondsToDate } from "./projection.ts";

/** Kinds of queue_moves rows: what changed the set of waiting children of a queue. */
export type QueueMoveKind = "Joined" | "TierChanged" | "Offered" | "Left";

const int = (value: unknown) => Number(value);

async function recordMove(
  tx: Transaction,
  event: IndexedEvent,
  move: { stamp: unknown; kindergarten: number; ageGroup: number; application: number },
  kind: QueueMoveKind,
  tier: number,
  seq: number,
): Promise<void> {
  await tx.queueMove.create({
    data: {
      stamp: int(move.stamp),
      kindergarten: move.kindergarten,
      ageGroup: move.ageGroup,
      application: move.application,
      kind,
      tier,
      seq,
      at: event.blockTimestamp,
      blockNumber: event.blockNumber,
    },
  });
}

async function apply(tx: Transaction, event: IndexedEvent): Promise<void> {
  const { args } = event;
  switch (event.name) {
    case "AgeGroupSet": {
      const data = {
        minMonths: int(args.minMonths),
        maxMonths: int(args.maxMonths),
        active: Boolean(args.active),
      };
      await tx.queueAgeGroup.upsert({
        where: { id: int(args.ageGroup) },
        create: { id: int(args.ageGroup), ...data },
        update: data,
      });
      return;
    }
    case "PriorityCategorySet": {
      const data = { tier: int(args.tier), active: Boolean(args.active) };
      await tx.queuePriorityCategory.upsert({
        where: { id: int(args.category) },
        create: { id: int(args.category), ...data },
        update: data,
      });
      return;
    }
    case "GroupCapacitySet": {
      const key = { kindergarten: int(args.kindergarten), ageGroup: int(args.ageGroup) };
      await tx.queueGroup.upsert({
        where: { kindergarten_ageGroup: key },
        create: { ...key, capacity: int(args.capacity), seatsReleased: 0 },
        update: { capacity: int(args.capacity) },
      });
      return;
    }
    case "ApplicationSubmitted": {
      const claimedCategory = int(args.claimedCategory);
      await tx.queueApplication.create({
        data: {
          number: int(args.application),
          district: int(args.district),
          ageGroup: int(args.ageGroup),
          childTag: String(args.childTag),
          // The SDK's decoder renders a uint32[] as "3,2".
          kindergartens: String(args.kindergartens),
          claimedCategory,
          claimStatus: claimedCategory === 0 ? "None" : "Pending",
          tier: GENERAL_TIER,
          status: "Active",
          parentKey: String(args.parentKey),
          relayer: String(args.relayer),
          submittedAt: event.blockTimestamp,
          ...origin(event),
        },
      });
      return;
    }
    case "QueueJoined": {
      const member = {
        kindergarten: int(args.kindergarten),
        ageGroup: int(args.ageGroup),
        application: int(args.application),
      };
      await tx.queueMembership.create({
        data: {
          ...member,
          seq: int(args.seq),
          status: "Waiting",
          joinedAt: event.blockTimestamp,
        },
      });
      await recordMove(
        tx,
        event,
        { ...member, stamp: args.stamp },
        "Joined",
        GENERAL_TIER,
        int(args.seq),
      );
      return;
    }
    case "ClaimDecided": {
      const number = int(args.application);
      const approved = Boolean(args.approved);
      await tx.queueApplication.update({
        where: { number },
        data: {
          claimStatus: approved ? "Approved" : "Rejected",
          claimReason: int(args.reasonCode),
          claimDecidedAt: event.blockTimestamp,
          tier: int(args.tier),
        },
      });
      if (!approved) return;
      // The contract moves the child to its new tier in every queue where it waits.
      const waiting = await tx.queueMembership.findMany({
        where: { application: number, status: "Waiting" },
      });
      for (const member of waiting) {
        await recordMove(
          tx,
          event,
          { ...member, stamp: args.stamp },
          "TierChanged",
          int(args.tier),
          member.seq,
        );
      }
      return;
    }
    case "SeatsReleased": {
      const key = { kindergarten: int(args.kindergarten), ageGroup: int(args.ageGroup) };
      await tx.queueSeatRelease.create({
        data: {
          txHash: event.txHash,
          logIndex: event.logIndex,
          ...key,
          seats: int(args.seats),
          officer: String(args.officer),
          releasedAt: event.blockTimestamp,
          blockNumber: event.blockNumber,
        },
      });
      await tx.queueGroup.update({
        where: { kindergarten_ageGroup: key },
        data: { seatsReleased: { increment: int(args.seats) } },
      });
      return;
    }
    case "OfferMade": {
      const member = {
        kindergarten: int(args.kindergarten),
        ageGroup: int(args.ageGroup),
        application: int(args.application),
      };
      await tx.queueOffer.create({
        data: {
          id: int(args.offerId),
          ...member,
          tier: int(args.tier),
          seq: int(args.seq),
          stillWaiting: int(args.stillWaiting),
          status: "Pending",
          offeredAt: event.blockTimestamp,
          expiresAt: secondsToDate(args.expiresAt),
          ...origin(event),
        },
      });
      await tx.queueMembership.update({
        where: { kindergarten_ageGroup_application: member },
        data: { status: "Offered", offerId: int(args.offerId) },
      });
      await recordMove(
        tx,
        event,
        { ...member, stamp: args.stamp },
        "Offered",
        int(args.tier),
        int(args.seq),
      );
      return;
    }
    case "OfferClosed": {
      const status = enumName(offerStatusNames, args.status, "offer status");
      const offer = await tx.queueOffer.update({
        where: { id: int(args.offerId) },
        data: { status, closedAt: event.blockTimestamp },
      });
      if (status === "Accepted") {
        const { kindergarten, ageGroup, application } = offer;
        await tx.queueMembership.update({
          where: { kindergarten_ageGroup_application: { kindergarten, ageGroup, application } },
          data: { status: "Enrolled" },
        });
      }
      return;
    }
    case "QueueLeft": {
      const member = {
        kindergarten: int(args.kindergarten),
        ageGroup: int(args.ageGroup),
        application: int(args.application),
      };
      const left = await tx.queueMembership.update({
        where: { kindergarten_ageGroup_application: member },
        data: { status: "Left", leftAt: event.blockTimestamp },
      });
      const { tier } = await tx.queueApplication.findUniqueOrThrow({
        where: { number: member.application },
        select: { tier: true },
      });
      await recordMove(tx, event, { ...member, stamp: args.stamp }, "Left", tier, left.seq);
      return;
    }
    case "ApplicationClosed": {
      const kindergarten = int(args.kindergarten);
      await tx.queueApplication.update({
        where: { number: int(args.application) },
        data: {
          status: enumName(applicationStatusNames, args.status, "application status"),
          enrolledIn: kindergarten === 0 ? null : kindergarten,
          closedAt: event.blockTimestamp,
        },
      });
      return;
    }
  }
}

/**
 * KindergartenQueue's events as the queue_* tables. Positions are never taken from here:
 * the citizen app reads them from the chain; these tables give history and statistics.
 */
export const queueProjection: Projection = {
  contract: "KindergartenQueue",
  apply,
  models: [
    "queueMove",
    "queueSeatRelease",
    "queueOffer",
    "queueMembership",
    "queueApplication",
    "queueGroup",
    "queuePriorityCategory",
    "queueAgeGroup",
  ],
};
