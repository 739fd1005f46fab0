/** One function per CitizenAppeals operation, in the style of ../organizations.ts. */
import type { ContractTransactionReceipt } from "ethers";
import { holdsRole } from "../access.ts";
import { chainNow, dateOf as date, eventIn, read } from "../chain.ts";
import type { IshonchContracts } from "../contracts.ts";
import type { Address } from "../deployment.ts";
import {
  APPEALS_RELAYER_ROLE,
  AppealType,
  MAX_RATING,
  MIN_SATISFACTORY_RATING,
  appealStatusNames,
  appealTypeNames,
  type AppealStatusName,
  type AppealTypeName,
  type EscalationGroundName,
} from "../generated/enums.ts";
import {
  SIGNATURE_LIFETIME_SECONDS,
  signRelayedAction,
  type RelayedActionType,
} from "../relayed-signatures.ts";
import { send } from "../transactions.ts";
import { AppealInputError } from "./errors.ts";
import { citizenKeyAddress, citizenSigner, type CitizenSecret } from "./secret.ts";

/** An appeal as the chain holds it, with its status now (Overdue from the chain's clock). */
export interface AppealView {
  id: number;
  appealType: AppealTypeName;
  /** Status now, as `statusOf` computes it at `chainTime`. */
  status: AppealStatusName;
  /** True when unanswered and the chain's time has passed the deadline. */
  overdue: boolean;
  agencyId: number;
  registeredAt: Date;
  receivedAt: Date;
  deadline: Date;
  answeredAt: Date | null;
  /** Answered after the deadline: the citizen may still escalate for "overdue". */
  answeredLate: boolean;
  extraChecking: boolean;
  extended: boolean;
  forwardCount: number;
  rating: number | null;
  escalatedFrom: number | null;
  escalatedTo: number | null;
  citizenKey: Address;
  contentCommitment: string;
  answerCommitment: string | null;
  /** The time of the block the view was read at (the chain's "now"). */
  chainTime: Date;
  blockNumber: number;
}

/** A mined write: the transaction to show as a receipt. */
export interface AppealReceipt {
  receipt: ContractTransactionReceipt;
  transactionHash: string;
  blockNumber: number;
}

export interface FiledAppeal extends AppealReceipt {
  /** The tracking number. */
  id: number;
  agencyId: number;
  registeredAt: Date;
  deadline: Date;
}

/** A citizen's signed consent, for the relayer to submit. */
export interface CitizenSignature {
  signature: string;
  /** Unix seconds (chain time) after which the contract refuses it. */
  validUntil: number;
}

const zeroHash = `0x${"0".repeat(64)}`;

function receiptOf(receipt: ContractTransactionReceipt): AppealReceipt {
  return { receipt, transactionHash: receipt.hash, blockNumber: receipt.blockNumber };
}

/** An event of CitizenAppeals in a mined transaction. */
const appealEvent = (
  contracts: IshonchContracts,
  receipt: ContractTransactionReceipt,
  name: string,
) => eventIn(contracts, receipt, "CitizenAppeals", name);

/**
 * Registers an appeal (the platform relayer only). Store the sealed content first, so the
 * chain never points at content the platform does not hold.
 */
export async function fileAppeal(
  contracts: IshonchContracts,
  filing: {
    agencyId: number;
    appealType: AppealTypeName;
    contentCommitment: string;
    citizenKey: Address;
  },
): Promise<FiledAppeal> {
  const receipt = await send(contracts, () =>
    contracts.citizenAppeals.fileAppeal(
      filing.agencyId,
      AppealType[filing.appealType],
      filing.contentCommitment,
      filing.citizenKey,
    ),
  );
  const { args } = appealEvent(contracts, receipt, "AppealFiled");
  return {
    ...receiptOf(receipt),
    id: Number(args.id),
    agencyId: Number(args.agencyId),
    registeredAt: date(args.registeredAt as bigint),
    deadline: date(args.deadline as bigint),
  };
}

/** Reads an appeal and its status now, both at the latest block; fails with UnknownAppeal. */
export async function appealStatus(contracts: IshonchContracts, id: number): Promise<AppealView> {
  const { blockNumber, time } = await chainNow(contracts);
  const appeals = contracts.citizenAppeals;
  const [record, status] = await read(() =>
    Promise.all([
      appeals.getAppeal(id, { blockTag: blockNumber }),
      appeals.statusOf(id, { blockTag: blockNumber }),
    ]),
  );
  const statusName = appealStatusNames[Number(status)]!;
  return {
    id,
    appealType: appealTypeNames[Number(record.appealType)]!,
    status: statusName,
    overdue: statusName === "Overdue",
    agencyId: Number(record.agencyId),
    registeredAt: date(record.registeredAt),
    receivedAt: date(record.receivedAt),
    deadline: date(record.deadline),
    answeredAt: record.answeredAt === 0n ? null : date(record.answeredAt),
    answeredLate: record.answeredAt > record.deadline,
    extraChecking: record.extraChecking,
    extended: record.extended,
    forwardCount: Number(record.forwardCount),
    rating: Number(record.rating) || null,
    escalatedFrom: Number(record.escalatedFrom) || null,
    escalatedTo: Number(record.escalatedTo) || null,
    citizenKey: record.citizenKey as Address,
    contentCommitment: record.contentCommitment,
    answerCommitment: record.answerCommitment === zeroHash ? null : record.answerCommitment,
    chainTime: date(time),
    blockNumber,
  };
}

/**
 * How many times the agency forwarded an appeal to another, as the chain counts it: the
 * figure the index's statistics show beside the answered ones (`forwarded`).
 */
export async function agencyForwardCount(
  contracts: IshonchContracts,
  agencyId: number,
): Promise<number> {
  return Number(await read(() => contracts.citizenAppeals.forwardCountOf(agencyId)));
}

/**
 * The ground on which the citizen may escalate now, as the contract's `escalate` decides it:
 * Overdue for an unanswered appeal past its deadline or one answered late (and not yet
 * rated satisfactory), Unsatisfactory for an answer rated below MIN_SATISFACTORY_RATING;
 * null when escalation would be refused.
 */
export function escalationGroundOf(appeal: AppealView): EscalationGroundName | null {
  if (appeal.status === "Overdue") return "Overdue";
  if (appeal.status !== "Answered") return null;
  if (appeal.rating !== null && appeal.rating < MIN_SATISFACTORY_RATING) return "Unsatisfactory";
  return appeal.answeredLate ? "Overdue" : null;
}

/** Fails with WrongSecret unless the secret's key is the one recorded on the appeal. */
export function checkCitizenSecret(appeal: AppealView, secret: CitizenSecret): void {
  if (citizenKeyAddress(secret) !== appeal.citizenKey) {
    throw new AppealInputError("WrongSecret", { id: appeal.id });
  }
}

/** The citizen key signs an action on an appeal, valid for an hour of chain time. */
async function signCitizenAction(
  contracts: IshonchContracts,
  secret: CitizenSecret,
  type: Extract<RelayedActionType, "RateAnswer" | "Escalate">,
  action: Record<string, unknown>,
): Promise<CitizenSignature> {
  const validUntil = (await chainNow(contracts)).time + SIGNATURE_LIFETIME_SECONDS;
  const message = { ...action, validUntil };
  const signer = citizenSigner(secret);
  const signature = await signRelayedAction(contracts, "CitizenAppeals", signer, type, message);
  return { signature, validUntil };
}

/** Fails with InvalidRatingInput unless 1 to MAX_RATING. */
export function parseRating(value: unknown): number {
  const rating = Number(value);
  if (!Number.isInteger(rating) || rating < 1 || rating > MAX_RATING) {
    throw new AppealInputError("InvalidRatingInput", { max: MAX_RATING });
  }
  return rating;
}

/** The citizen key signs its rating of the answer (valid for an hour of chain time). */
export async function signRateAnswer(
  contracts: IshonchContracts,
  secret: CitizenSecret,
  id: number,
  rating: number,
): Promise<CitizenSignature> {
  return signCitizenAction(contracts, secret, "RateAnswer", {
    appealId: id,
    rating: parseRating(rating),
  });
}

/** The citizen key signs the escalation, naming the complaint's content commitment. */
export async function signEscalate(
  contracts: IshonchContracts,
  secret: CitizenSecret,
  id: number,
  complaintCommitment: string,
): Promise<CitizenSignature> {
  return signCitizenAction(contracts, secret, "Escalate", { appealId: id, complaintCommitment });
}

/** Submits the citizen's signed rating (any account, usually the relayer). */
export async function rateAnswer(
  contracts: IshonchContracts,
  id: number,
  rating: number,
  signed: CitizenSignature,
): Promise<AppealReceipt & { closed: boolean }> {
  const receipt = await send(contracts, () =>
    contracts.citizenAppeals.rateAnswer(id, rating, signed.validUntil, signed.signature),
  );
  return { ...receiptOf(receipt), closed: rating >= MIN_SATISFACTORY_RATING };
}

/** Submits the citizen's signed escalation; the superior receives a new complaint. */
export async function escalateAppeal(
  contracts: IshonchContracts,
  id: number,
  complaintCommitment: string,
  signed: CitizenSignature,
): Promise<AppealReceipt & { escalationId: number; superiorId: number; deadline: Date }> {
  const receipt = await send(contracts, () =>
    contracts.citizenAppeals.escalate(id, complaintCommitment, signed.validUntil, signed.signature),
  );
  const escalated = appealEvent(contracts, receipt, "AppealEscalated").args;
  const filed = appealEvent(contracts, receipt, "AppealFiled").args;
  return {
    ...receiptOf(receipt),
    escalationId: Number(escalated.escalationId),
    superiorId: Number(escalated.superiorId),
    deadline: date(filed.deadline as bigint),
  };
}

/** An appeals officer of the holding agency takes the appeal into review. */
export async function startReview(contracts: IshonchContracts, id: number): Promise<AppealReceipt> {
  return receiptOf(await send(contracts, () => contracts.citizenAppeals.startReview(id)));
}

/** An appeals officer marks extra checking: one month from receipt instead of 15 days. */
export async function requireExtraChecking(
  contracts: IshonchContracts,
  id: number,
  reasonCommitment: string,
): Promise<AppealReceipt> {
  return receiptOf(
    await send(contracts, () =>
      contracts.citizenAppeals.requireExtraChecking(id, reasonCommitment),
    ),
  );
}

/**
 * An appeals officer forwards the appeal to the competent agency (within 5 days, at most 3
 * times). Before this, add the new agency as a recipient of the appeal's content.
 */
export async function forwardAppeal(
  contracts: IshonchContracts,
  id: number,
  toAgencyId: number,
  reasonCode: number,
  reasonCommitment: string,
): Promise<AppealReceipt & { deadline: Date }> {
  const receipt = await send(contracts, () =>
    contracts.citizenAppeals.forward(id, toAgencyId, reasonCode, reasonCommitment),
  );
  const { args } = appealEvent(contracts, receipt, "AppealForwarded");
  return { ...receiptOf(receipt), deadline: date(args.deadline as bigint) };
}

/** The head (OrganizationAdmin) of the holding agency extends once, by 1 to 30 days. */
export async function extendDeadline(
  contracts: IshonchContracts,
  id: number,
  extensionDays: number,
  reasonCode: number,
  reasonCommitment: string,
): Promise<AppealReceipt & { deadline: Date }> {
  const receipt = await send(contracts, () =>
    contracts.citizenAppeals.extendDeadline(id, extensionDays, reasonCode, reasonCommitment),
  );
  const { args } = appealEvent(contracts, receipt, "AppealExtended");
  return { ...receiptOf(receipt), deadline: date(args.deadline as bigint) };
}

/** An appeals officer of the holding agency records the answer's commitment, once. */
export async function answerAppeal(
  contracts: IshonchContracts,
  id: number,
  answerCommitment: string,
): Promise<AppealReceipt & { answeredAt: Date; late: boolean }> {
  const receipt = await send(contracts, () =>
    contracts.citizenAppeals.answer(id, answerCommitment),
  );
  const { args } = appealEvent(contracts, receipt, "AppealAnswered");
  return {
    ...receiptOf(receipt),
    answeredAt: date(args.timestamp as bigint),
    late: (args.timestamp as bigint) > (args.deadline as bigint),
  };
}

/** Anyone records that an unanswered appeal passed its deadline (an event for the index). */
export async function markAppealOverdue(
  contracts: IshonchContracts,
  id: number,
): Promise<AppealReceipt> {
  return receiptOf(await send(contracts, () => contracts.citizenAppeals.markOverdue(id)));
}

/** Whether the account may file appeals (holds APPEALS_RELAYER_ROLE). */
export async function isAppealsRelayer(
  contracts: IshonchContracts,
  account: Address,
): Promise<boolean> {
  return holdsRole(contracts, APPEALS_RELAYER_ROLE, account);
}

/** Grants APPEALS_RELAYER_ROLE (the access manager's admin; the council in production). */
export async function grantAppealsRelayer(
  contracts: IshonchContracts,
  account: Address,
): Promise<AppealReceipt> {
  return receiptOf(
    await send(contracts, () =>
      contracts.accessManager.grantRole(APPEALS_RELAYER_ROLE, account, 0),
    ),
  );
}
