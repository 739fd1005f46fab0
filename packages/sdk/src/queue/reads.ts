/**
 * Reads of the queue straight from the chain, pinned to one block so that every number on a
 * page comes from the same state, and the page can say "verified on the chain at block N".
 */
import type { BlockTag } from "ethers";
import { chainNow, dateOf, read } from "../chain.ts";
import type { IshonchContracts } from "../contracts.ts";
import type { Address } from "../deployment.ts";
import {
  TIER_COUNT,
  applicationStatusNames,
  claimStatusNames,
  memberStatusNames,
  offerStatusNames,
  type ApplicationStatusName,
  type ClaimStatusName,
  type MemberStatusName,
  type OfferStatusName,
} from "../generated/enums.ts";

/** The tier of a child without an approved priority claim (served last), as in the contract. */
export const GENERAL_TIER = TIER_COUNT - 1;

/** An application as the contract holds it (no personal data: a tag and a key address). */
export interface QueueApplication {
  number: number;
  district: number;
  ageGroup: number;
  status: ApplicationStatusName;
  claimedCategory: number;
  claimStatus: ClaimStatusName;
  /** The tier it queues in now (GENERAL_TIER until a claim is approved). */
  tier: number;
  submittedAt: Date;
  /** The kindergarten it is enrolled in, or null. */
  enrolledIn: number | null;
  parentKey: Address;
  nonce: number;
  childTag: string;
  /** Preferred kindergartens, most wanted first. */
  kindergartens: number[];
}

/** One offer of one seat. */
export interface QueueOffer {
  offerId: number;
  application: number;
  kindergarten: number;
  ageGroup: number;
  /** The child's order key when offered: tier, then sequence number. */
  tier: number;
  seq: number;
  status: OfferStatusName;
  /** The queue-event clock at the offer (orders it against joins and approvals). */
  stamp: number;
  offeredAt: Date;
  expiresAt: Date;
}

/** One (kindergarten, age group) queue's counters. */
export interface QueueCounters {
  kindergarten: number;
  ageGroup: number;
  capacity: number;
  vacantSeats: number;
  pendingOffers: number;
  enrolled: number;
  /** Children that ever joined (the last sequence number given). */
  lastSeq: number;
  waiting: number;
  /** Waiting children per tier, tier 0 (served first) to GENERAL_TIER. */
  waitingByTier: number[];
}

/** The child's place in one preferred kindergarten's queue. */
export interface PreferencePosition {
  kindergarten: number;
  status: MemberStatusName;
  tier: number;
  seq: number;
  /** Children waiting ahead (0 unless Waiting). */
  ahead: number;
  /** Of those, per tier: index 0 is the first served tier. */
  aheadByTier: number[];
  /** The child's offer in this queue (pending, or how it ended), or null. */
  offer: QueueOffer | null;
}

/** An application's position in every preferred queue, all read at one block. */
export interface ApplicationPosition {
  blockNumber: number;
  application: QueueApplication;
  preferences: PreferencePosition[];
}

/** An application's record; fails with UnknownApplication. */
export async function getQueueApplication(
  contracts: IshonchContracts,
  application: number,
  blockTag?: BlockTag,
): Promise<QueueApplication> {
  const record = await read(() =>
    contracts.kindergartenQueue.getApplication(application, { blockTag }),
  );
  return {
    number: application,
    district: Number(record.district),
    ageGroup: Number(record.ageGroup),
    status: applicationStatusNames[Number(record.status)]!,
    claimedCategory: Number(record.claimedCategory),
    claimStatus: claimStatusNames[Number(record.claimStatus)]!,
    tier: Number(record.tier),
    submittedAt: dateOf(record.submittedAt),
    enrolledIn: record.enrolledIn === 0n ? null : Number(record.enrolledIn),
    parentKey: record.parentKey as Address,
    nonce: Number(record.nonce),
    childTag: record.childTag,
    kindergartens: record.kindergartens.map(Number),
  };
}

/** An offer's record; fails with UnknownOffer. */
export async function getQueueOffer(
  contracts: IshonchContracts,
  offerId: number,
  blockTag?: BlockTag,
): Promise<QueueOffer> {
  const offer = await read(() => contracts.kindergartenQueue.getOffer(offerId, { blockTag }));
  return {
    offerId,
    application: Number(offer.application),
    kindergarten: Number(offer.kindergarten),
    ageGroup: Number(offer.ageGroup),
    tier: Number(offer.tier),
    seq: Number(offer.seq),
    status: offerStatusNames[Number(offer.status)]!,
    stamp: Number(offer.stamp),
    offeredAt: dateOf(offer.offeredAt),
    expiresAt: dateOf(offer.expiresAt),
  };
}

/** A queue's counters (all zero if the group never had seats). */
export async function getQueueCounters(
  contracts: IshonchContracts,
  kindergarten: number,
  ageGroup: number,
  blockTag?: BlockTag,
): Promise<QueueCounters> {
  const queue = await read(() =>
    contracts.kindergartenQueue.getQueue(kindergarten, ageGroup, { blockTag }),
  );
  return {
    kindergarten,
    ageGroup,
    capacity: Number(queue.capacity),
    vacantSeats: Number(queue.vacantSeats),
    pendingOffers: Number(queue.pendingOffers),
    enrolled: Number(queue.enrolled),
    lastSeq: Number(queue.lastSeq),
    waiting: Number(queue.waiting),
    waitingByTier: queue.waitingByTier.map(Number),
  };
}

/**
 * The application's position in each preferred kindergarten, from the contract's
 * O(log n) `positionOf`, with the offers it holds or held; all at one block.
 */
export async function positionOf(
  contracts: IshonchContracts,
  application: number,
  blockNumber?: number,
): Promise<ApplicationPosition> {
  const blockTag = blockNumber ?? (await chainNow(contracts)).blockNumber;
  const [record, standings] = await Promise.all([
    getQueueApplication(contracts, application, blockTag),
    read(() => contracts.kindergartenQueue.positionOf(application, { blockTag })),
  ]);
  const preferences = await Promise.all(
    standings.map(async (standing): Promise<PreferencePosition> => {
      const offerId = Number(standing.offerId);
      return {
        kindergarten: Number(standing.kindergarten),
        status: memberStatusNames[Number(standing.status)]!,
        tier: Number(standing.tier),
        seq: Number(standing.seq),
        ahead: Number(standing.ahead),
        aheadByTier: standing.aheadByTier.map(Number),
        offer: offerId === 0 ? null : await getQueueOffer(contracts, offerId, blockTag),
      };
    }),
  );
  return { blockNumber: blockTag, application: record, preferences };
}

/** An age group's definition: children aged [minMonths, maxMonths) apply to it. */
export interface AgeGroupSetting {
  id: number;
  minMonths: number;
  maxMonths: number;
  active: boolean;
}

/** A priority category's definition: the tier its approved children queue in. */
export interface PriorityCategorySetting {
  id: number;
  tier: number;
  active: boolean;
}

/** An age group's definition on chain (inactive and 0-0 if never defined). */
export async function getAgeGroup(
  contracts: IshonchContracts,
  ageGroup: number,
): Promise<AgeGroupSetting> {
  const group = await read(() => contracts.kindergartenQueue.getAgeGroup(ageGroup));
  return {
    id: ageGroup,
    minMonths: Number(group.minMonths),
    maxMonths: Number(group.maxMonths),
    active: group.active,
  };
}

/** A priority category's definition on chain (inactive if never defined). */
export async function getPriorityCategory(
  contracts: IshonchContracts,
  category: number,
): Promise<PriorityCategorySetting> {
  const priority = await read(() => contracts.kindergartenQueue.getPriorityCategory(category));
  return { id: category, tier: Number(priority.tier), active: priority.active };
}

/** Whether the account may submit applications for the district. */
export function isQueueRelayer(
  contracts: IshonchContracts,
  district: number,
  account: Address,
): Promise<boolean> {
  return read(() => contracts.kindergartenQueue.isRelayer(district, account));
}
