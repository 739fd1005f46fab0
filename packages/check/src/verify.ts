/**
 * Re-verifications from the chain alone: each answer is read from the contracts at one
 * block and, where the platform shows a derived figure, recomputed here from raw reads.
 */
import { JsonRpcProvider, zeroPadValue, toBeHex } from "ethers";
import {
  appealStatus,
  checkAllocationFairness,
  connectIshonch,
  decodeLog,
  getQueueApplication,
  memberStatusNames,
  parseDiplomaDocument,
  positionOf,
  verifyDocument,
  type AllocationFairness,
  type AppealView,
  type ApplicationPosition,
  type DiplomaVerdict,
  type IshonchContracts,
  type IshonchDeployment,
} from "@ishonch/sdk";

/** A connection to the chain for the checks; `close` ends it. */
export interface ChainReader {
  contracts: IshonchContracts;
  provider: JsonRpcProvider;
  close(): void;
}

export function connectChain(deployment: IshonchDeployment): ChainReader {
  const provider = new JsonRpcProvider(deployment.rpcUrl, deployment.chainId, {
    staticNetwork: true,
  });
  return {
    contracts: connectIshonch(deployment, provider),
    provider,
    close: () => provider.destroy(),
  };
}

export interface DiplomaCheck {
  verdict: DiplomaVerdict;
  agrees: boolean;
}

/** A diploma document's verdict: its content rehashed, its proof and status read on chain. */
export async function checkDiploma(
  chain: ChainReader,
  documentJson: string,
): Promise<DiplomaCheck> {
  const verdict = await verifyDocument(chain.contracts, parseDiplomaDocument(documentJson));
  return { verdict, agrees: verdict.kind === "valid" };
}

/** Members read per round trip of the recount (as the SDK's fairness check does). */
const recountBatchSize = 50;

/** One preference's position as the contract reports it and as counted here, naively. */
export interface PositionRecount {
  kindergarten: number;
  status: string;
  tier: number;
  seq: number;
  reportedAhead: number;
  reportedAheadByTier: number[];
  countedAhead: number;
  countedAheadByTier: number[];
  agrees: boolean;
}

export interface PositionCheck {
  position: ApplicationPosition;
  preferences: PositionRecount[];
  agrees: boolean;
}

/**
 * The contract's O(log n) `positionOf` against a plain count: every member of the queue is
 * read with `memberAt`, and a waiting child is ahead if its tier is served first, or it is
 * of the same tier and joined earlier. Both at one block.
 */
export async function checkPosition(
  chain: ChainReader,
  application: number,
): Promise<PositionCheck> {
  const position = await positionOf(chain.contracts, application);
  const blockTag = position.blockNumber;
  const queue = chain.contracts.kindergartenQueue;
  const { ageGroup } = position.application;
  const preferences: PositionRecount[] = [];
  for (const preference of position.preferences) {
    const countedAheadByTier = preference.aheadByTier.map(() => 0);
    if (preference.status === "Waiting") {
      const { lastSeq } = await queue.getQueue(preference.kindergarten, ageGroup, { blockTag });
      for (let first = 1; first <= Number(lastSeq); first += recountBatchSize) {
        const seqs = Array.from(
          { length: Math.min(recountBatchSize, Number(lastSeq) - first + 1) },
          (_, i) => first + i,
        );
        const members = await Promise.all(
          seqs.map(async (seq) => {
            const other = await queue.memberAt(preference.kindergarten, ageGroup, seq, {
              blockTag,
            });
            const [member, record] = await Promise.all([
              queue.getMember(preference.kindergarten, ageGroup, other, { blockTag }),
              getQueueApplication(chain.contracts, Number(other), blockTag),
            ]);
            return { seq, status: memberStatusNames[Number(member.status)], tier: record.tier };
          }),
        );
        for (const { seq, status, tier } of members) {
          const servedFirst =
            tier < preference.tier || (tier === preference.tier && seq < preference.seq);
          if (status === "Waiting" && seq !== preference.seq && servedFirst) {
            countedAheadByTier[tier] = (countedAheadByTier[tier] ?? 0) + 1;
          }
        }
      }
    }
    const countedAhead = countedAheadByTier.reduce((sum, n) => sum + n, 0);
    preferences.push({
      kindergarten: preference.kindergarten,
      status: preference.status,
      tier: preference.tier,
      seq: preference.seq,
      reportedAhead: preference.ahead,
      reportedAheadByTier: preference.aheadByTier,
      countedAhead,
      countedAheadByTier,
      agrees:
        countedAhead === preference.ahead &&
        countedAheadByTier.every((n, tier) => n === preference.aheadByTier[tier]),
    });
  }
  return { position, preferences, agrees: preferences.every((p) => p.agrees) };
}

export async function checkAllocation(
  chain: ChainReader,
  offerId: number,
): Promise<AllocationFairness> {
  return checkAllocationFairness(chain.contracts, offerId);
}

const day = 86_400;
const answerPeriodDays = { Statement: 15, Complaint: 15, Proposal: 30 } as const;
const longAnswerPeriodDays = 30;

/** One step of an appeal's history and the deadline it leads to by the law's rules. */
export interface DeadlineStep {
  event: string;
  blockNumber: number;
  /** The deadline after this step, recomputed here. */
  deadline: Date;
}

export interface AppealCheck {
  appeal: AppealView;
  steps: DeadlineStep[];
  recomputedDeadline: Date;
  /** Unanswered and the chain's time past the recomputed deadline. */
  overdue: boolean;
  agrees: boolean;
}

const dateOf = (seconds: number): Date => new Date(seconds * 1000);

/**
 * The first block from `low` to `high` whose time is at or after `timestamp` (or `high`): a
 * binary search over block headers, about log2 of the range in reads.
 */
export async function firstBlockAtOrAfter(
  provider: JsonRpcProvider,
  timestamp: number,
  low: number,
  high: number,
): Promise<number> {
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const block = await provider.getBlock(middle);
    if (block === null) throw new Error(`the node has no block ${middle}`);
    if (block.timestamp < timestamp) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The appeal's deadline recomputed from its own events and the rules in CitizenAppeals'
 * @dev: 15 days from receipt (30 for proposals), 30 from receipt once marked for extra
 * checking, plus the one extension's days, and a fresh answer period from each forwarding's
 * receipt. Compared with the deadline the contract stores; overdue from the chain's time.
 */
export async function checkAppeal(chain: ChainReader, id: number): Promise<AppealCheck> {
  const appeal = await appealStatus(chain.contracts, id);
  const { deployment } = chain.contracts;
  // Its own events (the id is an indexed topic), from the first block of its filing's second:
  // no event of it can be earlier, and nodes cap how many blocks one log query may span.
  const filedFrom = await firstBlockAtOrAfter(
    chain.provider,
    Math.floor(appeal.registeredAt.getTime() / 1000),
    deployment.startBlock,
    appeal.blockNumber,
  );
  const logs = await chain.provider.getLogs({
    address: deployment.contracts.CitizenAppeals,
    topics: [null, zeroPadValue(toBeHex(id), 32)],
    fromBlock: filedFrom,
    toBlock: appeal.blockNumber,
  });
  const period = answerPeriodDays[appeal.appealType] * day;
  let receivedAt = 0;
  let deadline = 0;
  const steps: DeadlineStep[] = [];
  for (const log of logs) {
    const event = decodeLog(deployment, log);
    if (!event) continue;
    const args = event.args;
    switch (event.name) {
      case "AppealFiled":
        receivedAt = Number(args.registeredAt);
        deadline = receivedAt + period;
        break;
      case "AppealExtraCheckingRequired":
        deadline = receivedAt + longAnswerPeriodDays * day;
        break;
      case "AppealExtended":
        deadline += Number(args.extensionDays) * day;
        break;
      case "AppealForwarded":
        receivedAt = Number(args.timestamp);
        deadline = receivedAt + period;
        break;
      default:
        continue;
    }
    steps.push({ event: event.name, blockNumber: log.blockNumber, deadline: dateOf(deadline) });
  }
  const recomputedDeadline = dateOf(deadline);
  const overdue = appeal.answeredAt === null && appeal.chainTime > recomputedDeadline;
  return {
    appeal,
    steps,
    recomputedDeadline,
    overdue,
    agrees:
      recomputedDeadline.getTime() === appeal.deadline.getTime() && overdue === appeal.overdue,
  };
}
