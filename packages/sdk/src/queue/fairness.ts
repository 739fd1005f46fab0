/**
 * The fairness proof of one allocation, from the chain alone: every child of the queue is
 * asked the contract's `standingAtOffer`, and each one that stood ahead of the offered child
 * must have had a seat offered earlier or have left the queue earlier. Nothing here trusts
 * the index or the operator.
 */
import { chainNow, read } from "../chain.ts";
import type { IshonchContracts } from "../contracts.ts";
import {
  standingAtOfferNames,
  type OfferStatusName,
  type StandingAtOfferName,
} from "../generated/enums.ts";
import { getQueueCounters, getQueueOffer, type QueueOffer } from "./reads.ts";

/** A child that stood ahead of the offered child, and why it did not get this seat. */
export interface ChildAhead {
  application: number;
  seq: number;
  standing: Exclude<StandingAtOfferName, "NotAhead" | "Recipient">;
  /** The child's own earlier offer in this queue (OfferedEarlier), and how it ended. */
  earlierOffer: { offerId: number; status: OfferStatusName } | null;
}

export interface AllocationFairness {
  blockNumber: number;
  offer: QueueOffer;
  /** Children asked: every child that ever joined the queue by the block read. */
  checked: number;
  /** Every child ahead in order when the seat was offered, in submission order. */
  ahead: ChildAhead[];
  /** Children ahead that waited without an offer: must be 0 (the contract forbids it). */
  skipped: number;
  fair: boolean;
}

/** Reads per round trip: enough to be quick, few enough not to flood a public node. */
const BATCH_SIZE = 50;

/** Proves (or refutes) that no child was skipped for `offerId`; fails with UnknownOffer. */
export async function checkAllocationFairness(
  contracts: IshonchContracts,
  offerId: number,
  blockNumber?: number,
): Promise<AllocationFairness> {
  const queue = contracts.kindergartenQueue;
  const blockTag = blockNumber ?? (await chainNow(contracts)).blockNumber;
  const offer = await getQueueOffer(contracts, offerId, blockTag);
  const { lastSeq } = await getQueueCounters(
    contracts,
    offer.kindergarten,
    offer.ageGroup,
    blockTag,
  );
  const ahead: ChildAhead[] = [];
  for (let first = 1; first <= lastSeq; first += BATCH_SIZE) {
    const seqs = Array.from(
      { length: Math.min(BATCH_SIZE, lastSeq - first + 1) },
      (_, i) => first + i,
    );
    const batch = await Promise.all(
      seqs.map(async (seq) => {
        const application = Number(
          await read(() => queue.memberAt(offer.kindergarten, offer.ageGroup, seq, { blockTag })),
        );
        const [standing, earlierOfferId] = await read(() =>
          queue.standingAtOffer(offerId, application, { blockTag }),
        );
        return {
          seq,
          application,
          standing: standingAtOfferNames[Number(standing)]!,
          earlierOfferId,
        };
      }),
    );
    for (const { seq, application, standing, earlierOfferId } of batch) {
      if (standing === "NotAhead" || standing === "Recipient") continue;
      const earlierOffer =
        earlierOfferId === 0n
          ? null
          : await getQueueOffer(contracts, Number(earlierOfferId), blockTag);
      ahead.push({
        application,
        seq,
        standing,
        earlierOffer: earlierOffer && {
          offerId: earlierOffer.offerId,
          status: earlierOffer.status,
        },
      });
    }
  }
  const skipped = ahead.filter((child) => child.standing === "Skipped").length;
  return { blockNumber: blockTag, offer, checked: lastSeq, ahead, skipped, fair: skipped === 0 };
}
