import { appealTypeNames, escalationGroundNames } from "@ishonch/sdk";
import type { IndexedEvent, Projection, Transaction } from "./projection.ts";
import { enumName, origin, secondsToDate } from "./projection.ts";

async function update(
  tx: Transaction,
  event: IndexedEvent,
  data: Parameters<Transaction["appeal"]["update"]>[0]["data"],
): Promise<void> {
  await tx.appeal.update({
    where: { id: Number(event.args.id) },
    data: { ...data, blockNumber: event.blockNumber },
  });
}

async function apply(tx: Transaction, event: IndexedEvent): Promise<void> {
  const { args } = event;
  switch (event.name) {
    case "AppealFiled": {
      const escalatedFrom = Number(args.escalatedFrom);
      await tx.appeal.create({
        data: {
          id: Number(args.id),
          appealType: enumName(appealTypeNames, args.appealType, "appeal type"),
          agencyId: Number(args.agencyId),
          status: "Registered",
          open: true,
          citizenKey: String(args.citizenKey),
          contentCommitment: String(args.contentCommitment),
          registeredAt: secondsToDate(args.registeredAt),
          receivedAt: secondsToDate(args.registeredAt),
          deadline: secondsToDate(args.deadline),
          extraChecking: false,
          extended: false,
          forwardCount: 0,
          escalatedFrom: escalatedFrom === 0 ? null : escalatedFrom,
          filedTxHash: event.txHash,
          blockNumber: event.blockNumber,
        },
      });
      return;
    }
    case "AppealReviewStarted":
      return update(tx, event, { status: "InReview" });
    case "AppealExtraCheckingRequired":
      return update(tx, event, { extraChecking: true, deadline: secondsToDate(args.deadline) });
    case "AppealExtended":
      return update(tx, event, {
        status: "Extended",
        extended: true,
        deadline: secondsToDate(args.deadline),
      });
    case "AppealForwarded": {
      const forwardedAt = secondsToDate(args.timestamp);
      await update(tx, event, {
        status: "Forwarded",
        agencyId: Number(args.toAgencyId),
        receivedAt: forwardedAt,
        deadline: secondsToDate(args.deadline),
        extraChecking: false,
        forwardCount: { increment: 1 },
      });
      const appeal = await tx.appeal.findUniqueOrThrow({ where: { id: Number(args.id) } });
      await tx.appealForward.create({
        data: {
          appealId: appeal.id,
          forwardIndex: appeal.forwardCount,
          fromAgencyId: Number(args.fromAgencyId),
          toAgencyId: Number(args.toAgencyId),
          forwardedAt,
          ...origin(event),
        },
      });
      return;
    }
    case "AppealAnswered": {
      const appeal = await tx.appeal.findUniqueOrThrow({ where: { id: Number(args.id) } });
      const answeredAt = secondsToDate(args.timestamp);
      return update(tx, event, {
        status: "Answered",
        open: false,
        answerCommitment: String(args.answerCommitment),
        answeredAt,
        answerSeconds: Math.round((answeredAt.getTime() - appeal.receivedAt.getTime()) / 1000),
        answeredLate: Number(args.timestamp) > Number(args.deadline),
      });
    }
    case "AppealOverdue":
      return update(tx, event, {
        status: "Overdue",
        overdueMarkedAt: secondsToDate(args.timestamp),
      });
    case "AppealRated":
      return update(tx, event, { rating: Number(args.rating) });
    case "AppealClosed":
      return update(tx, event, { status: "Closed", open: false });
    case "AppealEscalated":
      return update(tx, event, {
        status: "Escalated",
        open: false,
        escalatedTo: Number(args.escalationId),
        escalationGround: enumName(escalationGroundNames, args.ground, "escalation ground"),
      });
  }
}

/** CitizenAppeals' events as the appeals table. */
export const appealsProjection: Projection = {
  contract: "CitizenAppeals",
  apply,
  models: ["appealForward", "appeal"],
};
