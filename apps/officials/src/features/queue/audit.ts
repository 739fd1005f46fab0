import type { MemberStatusName } from "@ishonch/sdk";

/** One child of a queue as read from the chain for the audit. */
export interface AuditMember {
  seq: number;
  application: number;
  status: MemberStatusName;
  /** The tier the child queues in now. */
  tier: number;
  /** The child's offer in this queue, or 0. */
  offerId: number;
  /** Children ahead according to the contract's positionOf (waiting children only). */
  contractAhead: number | null;
}

/** One row of the audit: the child, its recounted place and what the checks found. */
export interface AuditRow extends AuditMember {
  /** 1-based place in queue order (tier, then submission number). */
  order: number;
  /** Waiting children ahead, recounted here from the members (waiting children only). */
  recountedAhead: number | null;
  positionMatches: boolean;
  /** Offers made to a child behind this one while it waited without an offer. */
  skippedBy: number[];
}

export interface QueueAudit {
  rows: AuditRow[];
  /** Rows whose position differs from the contract's or that some offer skipped. */
  problems: number;
}

const orderKey = (member: Pick<AuditMember, "tier" | "seq">) => member.tier * 2 ** 24 + member.seq;

/**
 * Puts the queue in order and recounts every waiting child's position naively (children
 * waiting with a smaller key), so the audit does not take the contract's Fenwick tree on
 * trust; `skippedBy` comes from the contract's per-offer fairness check.
 */
export function auditQueue(
  members: readonly AuditMember[],
  skippedBy: ReadonlyMap<number, number[]>,
): QueueAudit {
  const ordered = [...members].sort((a, b) => orderKey(a) - orderKey(b));
  const waitingKeys = ordered.filter((m) => m.status === "Waiting").map(orderKey);
  const rows = ordered.map((member, index): AuditRow => {
    const recountedAhead =
      member.status === "Waiting"
        ? waitingKeys.filter((key) => key < orderKey(member)).length
        : null;
    return {
      ...member,
      order: index + 1,
      recountedAhead,
      positionMatches: recountedAhead === member.contractAhead,
      skippedBy: skippedBy.get(member.application) ?? [],
    };
  });
  const problems = rows.filter((row) => !row.positionMatches || row.skippedBy.length > 0).length;
  return { rows, problems };
}
