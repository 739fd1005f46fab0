/** How queue writes are sent and what their receipts say (the offers they made). */
import type { ContractTransactionReceipt, ContractTransactionResponse } from "ethers";
import { dateOf, eventsIn } from "../chain.ts";
import type { IshonchContracts } from "../contracts.ts";
import { send } from "../transactions.ts";
import type { QueueOffer } from "./reads.ts";

/** A seat offered in a transaction (OfferMade), as a parent or officer is told of it. */
export type OfferMade = Pick<
  QueueOffer,
  "offerId" | "application" | "kindergarten" | "ageGroup" | "tier" | "seq" | "expiresAt"
> & {
  /** Children still waiting in that queue after this offer. */
  stillWaiting: number;
};

/** The offers a transaction made (a release, a decline, an expiry or an enrolment passes seats on). */
export function offersMadeIn(
  contracts: IshonchContracts,
  receipt: ContractTransactionReceipt,
): OfferMade[] {
  return eventsIn(contracts, receipt, "KindergartenQueue", "OfferMade").map(({ args }) => ({
    offerId: Number(args.offerId),
    application: Number(args.application),
    kindergarten: Number(args.kindergarten),
    ageGroup: Number(args.ageGroup),
    tier: Number(args.tier),
    seq: Number(args.seq),
    expiresAt: dateOf(args.expiresAt as bigint),
    stillWaiting: Number(args.stillWaiting),
  }));
}

/** A mined queue write: its receipt and the seats it offered on the way. */
export interface QueueWriteResult {
  receipt: ContractTransactionReceipt;
  transactionHash: string;
  blockNumber: number;
  offers: OfferMade[];
}

/**
 * Sends one queue transaction and waits until it is mined. The node estimates gas first, so
 * a call that would revert fails here, with its decoded IshonchError, and writes nothing.
 */
export async function queueWrite(
  contracts: IshonchContracts,
  transaction: () => Promise<ContractTransactionResponse>,
): Promise<QueueWriteResult> {
  const receipt = await send(contracts, transaction);
  return {
    receipt,
    transactionHash: receipt.hash,
    blockNumber: receipt.blockNumber,
    offers: offersMadeIn(contracts, receipt),
  };
}
