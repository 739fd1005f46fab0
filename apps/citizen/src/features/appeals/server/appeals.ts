/**
 * The citizen's appeals on the server: filing through the relayer, tracking from the chain,
 * reading the sealed answer with the secret, rating and escalating. Every input is checked
 * before anything is written; a filing the chain refuses leaves no stored document.
 */
import {
  DEV_APPEALS_CHAIN_ID,
  IshonchError,
  appealStatus,
  chainNow,
  checkCitizenSecret,
  formatCitizenSecret,
  getOrganization,
  openAsCitizen,
  parseAppealType,
  parseCitizenSecret,
  parseRating,
  parseTrackingNumber,
  prepareAppeal,
  prepareComplaint,
  rateAnswer,
  signRateAnswer,
  type AppealDocument,
  type AppealView,
  type CitizenSecret,
  type IshonchContracts,
} from "@ishonch/sdk";
import { activeOrganizations, appealStatistics, type AgencyAppealStats } from "@ishonch/index";
import {
  agenciesWithKeys,
  appealKeyOf,
  escalateWithRecords,
  fileWithRecords,
  loadSealedDocument,
  sharedRecords,
  type RecordsDatabase,
} from "@ishonch/records";
import { chainSnapshot } from "../../../shared/server/chain.ts";
import { indexDatabase } from "../../../shared/server/index-db.ts";
import { relayWithinLimits } from "../../../shared/server/limits.ts";
import { relayerContracts } from "../../../shared/server/relayer.ts";

/** The agencies a citizen may choose: active ones (with a key, outside the dev chain). */
export async function agencyChoices(): Promise<{ id: number; name: string }[]> {
  const db = await indexDatabase();
  const { deployment } = await chainSnapshot();
  if (deployment.chainId === DEV_APPEALS_CHAIN_ID) return activeOrganizations(db);
  return activeOrganizations(db, await agenciesWithKeys(await sharedRecords()));
}

export interface FiledReceipt {
  id: number;
  secret: string;
  transactionHash: string;
  blockNumber: number;
  registeredAt: string;
  deadline: string;
}

/**
 * Checks, seals, stores and files one appeal (the records' fileWithRecords: a filing the
 * chain refuses leaves no stored document); throws AppealInputError or IshonchError, or the
 * records' LimitReachedError. `address` is the caller's, for the limits.
 */
export async function fileCitizenAppeal(
  input: {
    appealType: string;
    agencyId: string;
    text: string;
    files: { name: string; data: Uint8Array }[];
  },
  address: string,
): Promise<FiledReceipt> {
  const appealType = parseAppealType(input.appealType);
  const agencyId = Number(input.agencyId);
  const records = await sharedRecords();
  const relayer = await relayerContracts();
  const prepared = await prepareAppeal({
    appealType,
    agencyId,
    agencyKey: Number.isSafeInteger(agencyId)
      ? await appealKeyOf(records, relayer.deployment.chainId, agencyId)
      : null,
    text: input.text,
    files: input.files,
  });
  const write = {
    limit: "appealFiled",
    address,
    office: { budget: "agencyGas", id: agencyId },
  } as const;
  const filed = await relayWithinLimits(write, () => fileWithRecords(records, relayer, prepared));
  return {
    id: filed.id,
    secret: formatCitizenSecret(prepared.secret),
    transactionHash: filed.transactionHash,
    blockNumber: filed.blockNumber,
    registeredAt: filed.registeredAt.toISOString(),
    deadline: filed.deadline.toISOString(),
  };
}

export interface OpenedAppeal {
  view: AppealView;
  appeal: AppealDocument | null;
  answer: AppealDocument | null;
}

async function openStored(
  records: RecordsDatabase,
  commitment: string | null,
  secret: CitizenSecret,
): Promise<AppealDocument | null> {
  if (!commitment) return null;
  const sealed = await loadSealedDocument(records, commitment);
  // The chain's commitment, not the stored one, is what the document is checked against.
  return sealed ? openAsCitizen({ ...sealed, commitment }, secret) : null;
}

/** The appeal's chain record, checked against the secret, with its documents opened. */
export async function openCitizenAppeal(
  trackingNumber: string,
  secretInput: string,
): Promise<{ opened: OpenedAppeal; secret: CitizenSecret; contracts: IshonchContracts }> {
  const id = parseTrackingNumber(trackingNumber);
  const secret = parseCitizenSecret(secretInput);
  const { contracts } = await chainSnapshot();
  const view = await appealStatus(contracts, id);
  checkCitizenSecret(view, secret);
  const records = await sharedRecords();
  return {
    opened: {
      view,
      appeal: await openStored(records, view.contentCommitment, secret).catch(() => null),
      answer: await openStored(records, view.answerCommitment, secret),
    },
    secret,
    contracts,
  };
}

/** The citizen rates the answer (signed with the secret's key, sent by the relayer). */
export async function rateCitizenAppeal(
  view: AppealView,
  secret: CitizenSecret,
  ratingInput: string,
  address: string,
): Promise<string> {
  const rating = parseRating(ratingInput);
  const relayer = await relayerContracts();
  const signed = await signRateAnswer(relayer, secret, view.id, rating);
  const rated = await relayWithinLimits({ limit: "citizenAction", address }, () =>
    rateAnswer(relayer, view.id, rating, signed),
  );
  return rated.transactionHash;
}

/**
 * The citizen escalates to the holder's superior: a new complaint sealed for the citizen
 * and the superior, and the appeal's and answer's keys re-wrapped for the superior by the
 * citizen, so that the superior reads the whole case and the operator still reads nothing.
 * The records take it as pending before the chain step (see @ishonch/records' escalations).
 */
export async function escalateCitizenAppeal(
  view: AppealView,
  secret: CitizenSecret,
  text: string,
  uploads: { name: string; data: Uint8Array }[],
  address: string,
): Promise<{ escalationId: number; transactionHash: string }> {
  const relayer = await relayerContracts();
  const records = await sharedRecords();
  const superiorId = (await getOrganization(relayer, view.agencyId)).parentId ?? 0;
  if (!superiorId) throw new IshonchError("NoSuperiorOrganization", { agencyId: view.agencyId });
  const superiorKey = await appealKeyOf(records, relayer.deployment.chainId, superiorId);
  const complaint = await prepareComplaint({
    secret,
    superiorId,
    superiorKey,
    text,
    files: uploads,
  });
  const write = {
    limit: "citizenAction",
    address,
    office: { budget: "agencyGas", id: superiorId },
  } as const;
  return relayWithinLimits(write, () =>
    escalateWithRecords(records, relayer, {
      appeal: view,
      secret,
      superior: superiorKey!,
      complaint,
    }),
  );
}

/** Statistics per agency at the chain's time (overdue is the chain's judgement). */
export async function publicStatistics(): Promise<{
  stats: AgencyAppealStats[];
  chainTime: string;
  blockNumber: number;
}> {
  const { contracts } = await chainSnapshot();
  const now = await chainNow(contracts);
  const stats = await appealStatistics(await indexDatabase(), new Date(now.time * 1000));
  return {
    stats,
    chainTime: new Date(now.time * 1000).toISOString(),
    blockNumber: now.blockNumber,
  };
}
