/**
 * The citizen's appeals on the server: filing through the relayer, tracking from the chain,
 * reading the sealed answer with the secret, rating and escalating. Every input is checked
 * before anything is written; a filing the chain refuses leaves no stored document.
 */
import {
  DEV_APPEALS_CHAIN_ID,
  IshonchError,
  addRecipient,
  agencyRecipient,
  appealStatus,
  chainNow,
  checkCitizenSecret,
  citizenEncryptionKey,
  devAgencyKeyPair,
  escalateAppeal,
  fileAppeal,
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
  signEscalate,
  signRateAnswer,
  type AgencyKey,
  type AppealDocument,
  type AppealView,
  type CitizenSecret,
  type IshonchContracts,
} from "@ishonch/sdk";
import {
  addKeyWrap,
  agencyKey,
  appealAgencies,
  appealStatistics,
  deleteSealedDocument,
  loadSealedDocument,
  storeSealedDocument,
  type AgencyAppealStats,
  type IndexDatabase,
} from "@ishonch/index";
import { chainSnapshot } from "../../../shared/server/chain.ts";
import { indexDatabase } from "../../../shared/server/index-db.ts";
import { relayerContracts } from "../../../shared/server/relayer.ts";

/** The agency's published key; on the dev chain, the demo key when none is published. */
async function keyOf(
  db: IndexDatabase,
  contracts: IshonchContracts,
  agencyId: number,
): Promise<AgencyKey | null> {
  const published = await agencyKey(db, agencyId);
  if (published) return published;
  if (contracts.deployment.chainId !== DEV_APPEALS_CHAIN_ID) return null;
  return { agencyId, publicKey: devAgencyKeyPair(agencyId).publicKey };
}

/** The agencies a citizen may choose: active ones (with a key, outside the dev chain). */
export async function agencyChoices(): Promise<{ id: number; name: string }[]> {
  const db = await indexDatabase();
  const { deployment } = await chainSnapshot();
  if (deployment.chainId !== DEV_APPEALS_CHAIN_ID) return appealAgencies(db);
  return db.prisma.organization.findMany({
    where: { status: "Active" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export interface FiledReceipt {
  id: number;
  secret: string;
  transactionHash: string;
  blockNumber: number;
  registeredAt: string;
  deadline: string;
}

/** Checks, seals, stores and files one appeal; throws AppealInputError or IshonchError. */
export async function fileCitizenAppeal(input: {
  appealType: string;
  agencyId: string;
  text: string;
  files: { name: string; data: Uint8Array }[];
}): Promise<FiledReceipt> {
  const appealType = parseAppealType(input.appealType);
  const agencyId = Number(input.agencyId);
  const db = await indexDatabase();
  const relayer = await relayerContracts();
  const prepared = await prepareAppeal({
    appealType,
    agencyId,
    agencyKey: Number.isSafeInteger(agencyId) ? await keyOf(db, relayer, agencyId) : null,
    text: input.text,
    files: input.files,
  });
  // Stored first, so that the chain never points at content the platform lacks.
  await storeSealedDocument(db, prepared.sealed);
  try {
    const filed = await fileAppeal(relayer, {
      agencyId,
      appealType,
      contentCommitment: prepared.sealed.commitment,
      citizenKey: prepared.citizenKey,
    });
    return {
      id: filed.id,
      secret: formatCitizenSecret(prepared.secret),
      transactionHash: filed.transactionHash,
      blockNumber: filed.blockNumber,
      registeredAt: filed.registeredAt.toISOString(),
      deadline: filed.deadline.toISOString(),
    };
  } catch (error) {
    await deleteSealedDocument(db, prepared.sealed.commitment);
    throw error;
  }
}

export interface OpenedAppeal {
  view: AppealView;
  appeal: AppealDocument | null;
  answer: AppealDocument | null;
}

async function openStored(
  db: IndexDatabase,
  commitment: string | null,
  secret: CitizenSecret,
): Promise<AppealDocument | null> {
  if (!commitment) return null;
  const sealed = await loadSealedDocument(db, commitment);
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
  const db = await indexDatabase();
  return {
    opened: {
      view,
      appeal: await openStored(db, view.contentCommitment, secret).catch(() => null),
      answer: await openStored(db, view.answerCommitment, secret),
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
): Promise<string> {
  const rating = parseRating(ratingInput);
  const relayer = await relayerContracts();
  const signed = await signRateAnswer(relayer, secret, view.id, rating);
  return (await rateAnswer(relayer, view.id, rating, signed)).transactionHash;
}

/**
 * The citizen escalates to the holder's superior: a new complaint sealed for the citizen
 * and the superior, and the appeal's and answer's keys re-wrapped for the superior by the
 * citizen, so that the superior reads the whole case and the operator still reads nothing.
 */
export async function escalateCitizenAppeal(
  view: AppealView,
  secret: CitizenSecret,
  text: string,
  uploads: { name: string; data: Uint8Array }[],
): Promise<{ escalationId: number; transactionHash: string }> {
  const relayer = await relayerContracts();
  const db = await indexDatabase();
  const superiorId = (await getOrganization(relayer, view.agencyId)).parentId ?? 0;
  if (!superiorId) throw new IshonchError("NoSuperiorOrganization", { agencyId: view.agencyId });
  const superiorKey = await keyOf(db, relayer, superiorId);
  const complaint = await prepareComplaint({
    secret,
    superiorId,
    superiorKey,
    text,
    files: uploads,
  });
  await storeSealedDocument(db, complaint);
  try {
    const signed = await signEscalate(relayer, secret, view.id, complaint.commitment);
    const result = await escalateAppeal(relayer, view.id, complaint.commitment, signed);
    const superior = { id: agencyRecipient(superiorId), publicKey: superiorKey!.publicKey };
    const citizenKey = citizenEncryptionKey(secret).privateKey;
    for (const commitment of [view.contentCommitment, view.answerCommitment]) {
      const sealed = commitment ? await loadSealedDocument(db, commitment) : null;
      if (sealed) {
        await addKeyWrap(
          db,
          commitment!,
          await addRecipient(sealed, "citizen", citizenKey, superior),
        );
      }
    }
    return { escalationId: result.escalationId, transactionHash: result.transactionHash };
  } catch (error) {
    await deleteSealedDocument(db, complaint.commitment);
    throw error;
  }
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
