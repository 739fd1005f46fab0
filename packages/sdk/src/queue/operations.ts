/**
 * Queue writes, one function per contract operation. Parents have no wallet: the relayer
 * (the district's citizen service) submits applications and carries the parent's signed
 * actions; the contract checks the parent's signature, not the relayer's word.
 */
import { chainNow, eventIn, read } from "../chain.ts";
import type { IshonchContracts } from "../contracts.ts";
import type { Address } from "../deployment.ts";
import { InvalidArgumentError, IshonchError } from "../errors.ts";
import { MAX_PREFERENCES, ParentAction, type ParentActionName } from "../generated/enums.ts";
import { SIGNATURE_LIFETIME_SECONDS, signRelayedAction } from "../relayed-signatures.ts";
import { isParentSecret, parentKeyFromSecret } from "./identity.ts";
import type { AgeGroupSetting, PriorityCategorySetting } from "./reads.ts";
import { queueWrite, type QueueWriteResult } from "./transactions.ts";

/** What the relayer submits: no personal data, only the child's tag and the parent's key. */
export interface ApplicationInput {
  district: number;
  /** childTag(districtKey, childId). */
  childTag: string;
  ageGroup: number;
  /** 1 to MAX_PREFERENCES distinct kindergartens, most wanted first. */
  kindergartens: number[];
  /** The claimed priority category, or 0 for none. */
  claimedCategory: number;
  /** parentKeyAddress(secret). */
  parentKey: Address;
}

/** The parent's receipt: the number to keep and the transaction that recorded it. */
export interface SubmittedApplication extends QueueWriteResult {
  application: number;
}

/**
 * Submits an application through a relayer signer (`contracts` bound to it). Fails, and
 * writes nothing, with the contract's error: ChildAlreadyApplied, AgeGroupNotOffered,
 * InvalidPreferenceCount (checked here first), KindergartenNotInDistrict, NotRelayer...
 */
export async function submitApplication(
  contracts: IshonchContracts,
  input: ApplicationInput,
): Promise<SubmittedApplication> {
  const count = input.kindergartens.length;
  if (count === 0 || count > MAX_PREFERENCES) {
    throw new IshonchError("InvalidPreferenceCount", { count, max: MAX_PREFERENCES });
  }
  const queue = contracts.kindergartenQueue;
  const result = await queueWrite(contracts, () =>
    queue.submitApplication(
      input.district,
      input.childTag,
      input.ageGroup,
      input.kindergartens,
      input.claimedCategory,
      input.parentKey,
    ),
  );
  const submitted = eventIn(contracts, result.receipt, "KindergartenQueue", "ApplicationSubmitted");
  return { ...result, application: Number(submitted.args.application) };
}

/** A parent's action, signed with the key derived from their secret; anyone may carry it. */
export interface SignedParentAction {
  application: number;
  action: ParentActionName;
  /** The offer answered (0 for Withdraw). */
  offerId: number;
  nonce: number;
  /** Unix seconds after which the signature is void. */
  deadline: number;
  signature: string;
}

/**
 * Signs Accept / Decline (of `offerId`) or Withdraw with the parent's secret, at the
 * application's current nonce, valid for an hour of chain time. A malformed secret is a
 * wrong secret: NotParent. A secret of the right shape but not the parent's is refused by
 * the contract (NotParent) when the action is sent.
 */
export async function signParentAction(
  contracts: IshonchContracts,
  secret: string,
  request: { application: number; action: ParentActionName; offerId?: number },
): Promise<SignedParentAction> {
  const { application, action } = request;
  if (!isParentSecret(secret)) throw new IshonchError("NotParent", { application });
  const offerId = action === "Withdraw" ? 0 : (request.offerId ?? 0);
  const now = await chainNow(contracts);
  const nonce = await read(() =>
    contracts.kindergartenQueue.parentNonce(application, { blockTag: now.blockNumber }),
  );
  const deadline = now.time + SIGNATURE_LIFETIME_SECONDS;
  const message = { application, action: ParentAction[action], offerId, nonce, deadline };
  const signature = await signRelayedAction(
    contracts,
    "KindergartenQueue",
    parentKeyFromSecret(secret),
    "ParentAction",
    message,
  );
  return { application, action, offerId, nonce: Number(nonce), deadline, signature };
}

/**
 * Sends a parent's signed action (anyone may carry it): accepts or declines the offer, or
 * withdraws the application. The contract checks the signature; a relayer cannot change it.
 */
export function sendParentAction(
  contracts: IshonchContracts,
  signed: SignedParentAction,
): Promise<QueueWriteResult> {
  const queue = contracts.kindergartenQueue;
  const { application, offerId, deadline, signature } = signed;
  return queueWrite(contracts, () => {
    switch (signed.action) {
      case "Accept":
        return queue.acceptOffer(offerId, deadline, signature);
      case "Decline":
        return queue.declineOffer(offerId, deadline, signature);
      case "Withdraw":
        return queue.withdraw(application, deadline, signature);
    }
  });
}

/** `signed`, if it signs `action`; a signature of another action cannot be sent as this one. */
function requireAction(signed: SignedParentAction, action: ParentActionName): SignedParentAction {
  if (signed.action !== action) {
    throw new InvalidArgumentError(`a ${signed.action} signature cannot be sent as ${action}`);
  }
  return signed;
}

/** Accepts an offer (enrolls the child; its other queues and offers pass on). */
export const acceptOffer = (contracts: IshonchContracts, signed: SignedParentAction) =>
  sendParentAction(contracts, requireAction(signed, "Accept"));

/** Declines an offer (the child leaves that queue; the seat passes to the next child). */
export const declineOffer = (contracts: IshonchContracts, signed: SignedParentAction) =>
  sendParentAction(contracts, requireAction(signed, "Decline"));

/** Withdraws the application from every queue (its pending offers pass on). */
export const withdrawApplication = (contracts: IshonchContracts, signed: SignedParentAction) =>
  sendParentAction(contracts, requireAction(signed, "Withdraw"));

/** Passes on an expired offer to the next child (anyone may; fails with OfferNotExpired). */
export function expireOffer(
  contracts: IshonchContracts,
  offerId: number,
): Promise<QueueWriteResult> {
  return queueWrite(contracts, () => contracts.kindergartenQueue.expireOffer(offerId));
}

/**
 * Declares free seats; each is offered at once to the first waiting child in order (the
 * result's `offers`). A QueueOfficer of the kindergarten or its district.
 */
export function releaseSeats(
  contracts: IshonchContracts,
  kindergarten: number,
  ageGroup: number,
  seats: number,
): Promise<QueueWriteResult> {
  return queueWrite(contracts, () =>
    contracts.kindergartenQueue.releaseSeats(kindergarten, ageGroup, seats),
  );
}

/**
 * The authority's list of reasons for a claim decision: the chain holds a code, never free
 * text (words in @ishonch/i18n's queueWords.claimReasons).
 */
export const ClaimReason = {
  DocumentsVerified: 1,
  DocumentsMissing: 2,
  DocumentsInvalid: 3,
  NotEligible: 4,
} as const;
export type ClaimReason = (typeof ClaimReason)[keyof typeof ClaimReason];

/** Approves or rejects a pending priority claim (a QueueOfficer of the district). */
export function decideClaim(
  contracts: IshonchContracts,
  application: number,
  approve: boolean,
  reason: ClaimReason,
): Promise<QueueWriteResult> {
  return queueWrite(contracts, () =>
    contracts.kindergartenQueue.decideClaim(application, approve, reason),
  );
}

/** Sets a kindergarten group's seats (0 closes it to new applications); district officer. */
export function setGroupCapacity(
  contracts: IshonchContracts,
  kindergarten: number,
  ageGroup: number,
  capacity: number,
): Promise<QueueWriteResult> {
  return queueWrite(contracts, () =>
    contracts.kindergartenQueue.setGroupCapacity(kindergarten, ageGroup, capacity),
  );
}

/** Names or removes a relayer of the district (the district's OrganizationAdmin). */
export function setRelayer(
  contracts: IshonchContracts,
  district: number,
  relayer: Address,
  allowed: boolean,
): Promise<QueueWriteResult> {
  return queueWrite(contracts, () =>
    contracts.kindergartenQueue.setRelayer(district, relayer, allowed),
  );
}

/** Defines an age group [minMonths, maxMonths) (QUEUE_SETTINGS role). */
export function setAgeGroup(
  contracts: IshonchContracts,
  group: AgeGroupSetting,
): Promise<QueueWriteResult> {
  return queueWrite(contracts, () =>
    contracts.kindergartenQueue.setAgeGroup(
      group.id,
      group.minMonths,
      group.maxMonths,
      group.active,
    ),
  );
}

/** Defines a priority category and its tier (QUEUE_SETTINGS role). */
export function setPriorityCategory(
  contracts: IshonchContracts,
  category: PriorityCategorySetting,
): Promise<QueueWriteResult> {
  return queueWrite(contracts, () =>
    contracts.kindergartenQueue.setPriorityCategory(category.id, category.tier, category.active),
  );
}

/** Sets how long parents have to answer offers made from now on (QUEUE_SETTINGS role). */
export function setOfferPeriod(
  contracts: IshonchContracts,
  seconds: number,
): Promise<QueueWriteResult> {
  return queueWrite(contracts, () => contracts.kindergartenQueue.setOfferPeriod(seconds));
}
