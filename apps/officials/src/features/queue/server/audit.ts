import {
  BlockCache,
  checkAllocationFairness,
  decodeError,
  getQueueCounters,
  positionOf,
  type IshonchContracts,
  type QueueCounters,
} from "@ishonch/sdk";
import { auditQueue, type AuditMember, type QueueAudit } from "../audit";

/** The most children one audit page reads (each costs a few calls to the node). */
export const AUDIT_PAGE_SIZE = 200;

export interface QueueAuditReport extends QueueAudit {
  blockNumber: number;
  counters: QueueCounters;
  /** Offers checked against every child of the queue. */
  offersChecked: number;
}

/** Audits by the block they were read at: one read of a queue per block, however often shown. */
const audits = new BlockCache<QueueAuditReport>(64);

/**
 * Reads one queue from the chain, child by child (memberAt, then the contract's own
 * position), recounts the order, and runs the contract's fairness check for every offer
 * made in it, all at `blockNumber` (the page's snapshot); the same audit at the same block is
 * answered from memory.
 */
export async function auditQueueOnChain(
  contracts: IshonchContracts,
  kindergarten: number,
  ageGroup: number,
  blockNumber: number,
): Promise<QueueAuditReport> {
  const key = `${contracts.deployment.contracts.KindergartenQueue}:${kindergarten}:${ageGroup}`;
  const known = audits.get(blockNumber, key);
  if (known) return known;
  const report = await readAudit(contracts, kindergarten, ageGroup, blockNumber);
  audits.set(blockNumber, key, report);
  return report;
}

async function readAudit(
  contracts: IshonchContracts,
  kindergarten: number,
  ageGroup: number,
  blockNumber: number,
): Promise<QueueAuditReport> {
  const counters = await getQueueCounters(contracts, kindergarten, ageGroup, blockNumber);
  const seqs = Array.from({ length: Math.min(counters.lastSeq, AUDIT_PAGE_SIZE) }, (_, i) => i + 1);
  const members = await Promise.all(
    seqs.map(async (seq): Promise<AuditMember> => {
      const application = await memberAt(contracts, kindergarten, ageGroup, seq, blockNumber);
      const { application: record, preferences } = await positionOf(
        contracts,
        application,
        blockNumber,
      );
      const standing = preferences.find((p) => p.kindergarten === kindergarten)!;
      return {
        seq,
        application,
        status: standing.status,
        tier: record.tier,
        offerId: standing.offer?.offerId ?? 0,
        contractAhead: standing.status === "Waiting" ? standing.ahead : null,
      };
    }),
  );
  const offerIds = members.map((member) => member.offerId).filter((id) => id !== 0);
  const skippedBy = new Map<number, number[]>();
  for (const offerId of offerIds) {
    const fairness = await checkAllocationFairness(contracts, offerId, blockNumber);
    for (const child of fairness.ahead) {
      if (child.standing !== "Skipped") continue;
      skippedBy.set(child.application, [...(skippedBy.get(child.application) ?? []), offerId]);
    }
  }
  return {
    blockNumber,
    counters,
    offersChecked: offerIds.length,
    ...auditQueue(members, skippedBy),
  };
}

async function memberAt(
  contracts: IshonchContracts,
  kindergarten: number,
  ageGroup: number,
  seq: number,
  blockTag: number,
): Promise<number> {
  try {
    return Number(
      await contracts.kindergartenQueue.memberAt(kindergarten, ageGroup, seq, { blockTag }),
    );
  } catch (error) {
    throw decodeError(error);
  }
}
