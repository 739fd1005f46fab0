/**
 * An escalation is one user action with a chain step in the middle: the citizen's complaint
 * must be stored before the chain names its commitment, and the superior's key wraps of the
 * appeal (and its answer) may count only once the chain shows the escalation. So the records
 * take it in two transactions around the chain step: `recordPendingEscalation` stores the
 * complaint and parks the wraps; `completeEscalation` adds the wraps once the chain step is
 * done. A crash in between leaves a pending row, which `reconcileEscalations` settles from
 * the chain's AppealEscalated events: complete when the chain shows this escalation, abandon
 * (complaint and wraps gone) once it cannot happen any more.
 */
import type { Provider } from "ethers";
import {
  chainNow,
  contractInterface,
  type IshonchContracts,
  type SealedDocument,
} from "@ishonch/sdk";
import {
  insertKeyWraps,
  insertSealedDocument,
  removeSealedDocument,
  type DocumentKeyWrap,
} from "./appeals.ts";
import type { RecordsDatabase } from "./database.ts";

/** What the records hold of an escalation before its chain step. */
export interface PendingEscalationRecord {
  appealId: number;
  /** Sealed for the citizen and the superior; stored at once. */
  complaint: SealedDocument;
  /** The appeal's and the answer's keys wrapped for the superior; count once it is escalated. */
  superiorWraps: DocumentKeyWrap[];
  /** When the citizen's signature expires: after it, the chain step cannot happen. */
  validUntil: Date;
}

/** Stores the complaint and parks the superior's wraps, in one transaction. */
export async function recordPendingEscalation(
  records: RecordsDatabase,
  escalation: PendingEscalationRecord,
): Promise<void> {
  await records.prisma.$transaction(async (tx) => {
    await insertSealedDocument(tx, escalation.complaint, "citizen");
    await tx.pendingEscalation.create({
      data: {
        appealId: escalation.appealId,
        complaintCommitment: escalation.complaint.commitment.toLowerCase(),
        validUntil: escalation.validUntil,
        wraps: JSON.stringify(escalation.superiorWraps),
        recordedAt: new Date(),
      },
    });
  });
}

interface PendingKey {
  appealId: number;
  complaintCommitment: string;
}

const keyOf = ({ appealId, complaintCommitment }: PendingKey) => ({
  appealId_complaintCommitment: {
    appealId,
    complaintCommitment: complaintCommitment.toLowerCase(),
  },
});

/**
 * The chain shows the escalation: the superior's wraps join the others and the pending row
 * goes, in one transaction. False when there was no such pending row (already settled).
 */
export async function completeEscalation(
  records: RecordsDatabase,
  pending: PendingKey,
): Promise<boolean> {
  // Read before the transaction: a SQLite transaction that reads first cannot take the
  // write lock once another writer has committed. The row never changes, only goes.
  const row = await records.prisma.pendingEscalation.findUnique({ where: keyOf(pending) });
  if (!row) return false;
  return records.prisma.$transaction(async (tx) => {
    const { count } = await tx.pendingEscalation.deleteMany({
      where: keyOf(pending).appealId_complaintCommitment,
    });
    if (count === 0) return false;
    await insertKeyWraps(tx, JSON.parse(row.wraps) as DocumentKeyWrap[], "citizen");
    return true;
  });
}

/**
 * The escalation will never be on chain: the pending row, the complaint and its wraps go,
 * in one transaction, so that nothing is left of it.
 */
export async function abandonEscalation(
  records: RecordsDatabase,
  pending: PendingKey,
): Promise<void> {
  await records.prisma.$transaction(async (tx) => {
    await tx.pendingEscalation.deleteMany({ where: keyOf(pending).appealId_complaintCommitment });
    await removeSealedDocument(tx, pending.complaintCommitment);
  });
}

function chainProvider(contracts: IshonchContracts): Provider {
  const provider = contracts.citizenAppeals.runner?.provider;
  if (!provider) throw new Error("reconcileEscalations: the contracts have no provider");
  return provider;
}

export interface ReconcileReport {
  completed: number;
  abandoned: number;
  /** Neither on chain yet nor expired: the chain step may still come. */
  waiting: number;
}

/** The complaint's commitment of each appeal among `appealIds` escalated up to `toBlock`. */
async function escalatedComplaints(
  contracts: IshonchContracts,
  appealIds: number[],
  toBlock: number,
): Promise<Map<number, string>> {
  const appeals = contractInterface("CitizenAppeals");
  const logs = (event: string, ids: number[]) =>
    chainProvider(contracts).getLogs({
      address: contracts.deployment.contracts.CitizenAppeals,
      topics: appeals.encodeFilterTopics(event, [ids]),
      fromBlock: contracts.deployment.startBlock,
      toBlock,
    });
  const escalationOf = new Map<number, number>();
  for (const log of await logs("AppealEscalated", appealIds)) {
    const { args } = appeals.parseLog(log)!;
    escalationOf.set(Number(args.id), Number(args.escalationId));
  }
  const complaintOf = new Map<number, string>();
  if (escalationOf.size === 0) return complaintOf;
  for (const log of await logs("AppealFiled", [...escalationOf.values()])) {
    const { args } = appeals.parseLog(log)!;
    complaintOf.set(Number(args.escalatedFrom), String(args.contentCommitment).toLowerCase());
  }
  return complaintOf;
}

/**
 * Settles the pending escalations (all, or those of `appealIds`) from the chain's events:
 * the chain shows the escalation with this complaint: complete; with another complaint, or
 * not at all once the citizen's signature has expired at the chain's time: abandon. Runs at
 * the platform's start, by `records reconcile`, and before a reader opens an escalated appeal.
 */
export async function reconcileEscalations(
  records: RecordsDatabase,
  contracts: IshonchContracts,
  options: { appealIds?: readonly number[] } = {},
): Promise<ReconcileReport> {
  const report: ReconcileReport = { completed: 0, abandoned: 0, waiting: 0 };
  const pending = await records.prisma.pendingEscalation.findMany({
    where: options.appealIds ? { appealId: { in: [...options.appealIds] } } : {},
    select: { appealId: true, complaintCommitment: true, validUntil: true },
  });
  if (pending.length === 0) return report;
  // The head first: an escalation absent up to it, whose signature expired before its time,
  // can never come, since later blocks are later still.
  const head = await chainNow(contracts);
  const chainTime = new Date(head.time * 1000);
  const complaintOf = await escalatedComplaints(
    contracts,
    [...new Set(pending.map((row) => row.appealId))],
    head.blockNumber,
  );
  for (const row of pending) {
    const onChain = complaintOf.get(row.appealId);
    if (onChain === row.complaintCommitment) {
      if (await completeEscalation(records, row)) report.completed++;
    } else if (onChain !== undefined || row.validUntil < chainTime) {
      await abandonEscalation(records, row);
      report.abandoned++;
    } else {
      report.waiting++;
    }
  }
  return report;
}
