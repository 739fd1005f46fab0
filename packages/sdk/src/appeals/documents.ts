/** The documents of an appeal's life, sealed for exactly the parties who may read them. */
import type { AppealTypeName } from "../generated/enums.ts";
import type { Address } from "../deployment.ts";
import { AppealInputError } from "./errors.ts";
import {
  agencyRecipient,
  openDocument,
  sealDocument,
  type AppealDocument,
  type Recipient,
  type SealedDocument,
} from "./sealing.ts";
import {
  citizenEncryptionKey,
  citizenKeyAddress,
  generateCitizenSecret,
  type CitizenSecret,
} from "./secret.ts";
import { validateAppealText, validateAttachments, type UploadedFile } from "./validation.ts";

/** An agency's published appeals key (see the index's agency key table). */
export interface AgencyKey {
  agencyId: number;
  publicKey: string;
}

/** A new appeal, checked and sealed, ready to store and file. */
export interface PreparedAppeal {
  appealType: AppealTypeName;
  agencyId: number;
  /** Shown to the citizen once; never stored by the platform. */
  secret: CitizenSecret;
  citizenKey: Address;
  sealed: SealedDocument;
}

function agencyAsRecipient(agency: AgencyKey | null, agencyId: number): Recipient {
  if (!agency) throw new AppealInputError("AgencyKeyMissing", { agencyId });
  return { id: agencyRecipient(agency.agencyId), publicKey: agency.publicKey };
}

function citizenRecipient(publicKey: string): Recipient {
  return { id: "citizen", publicKey };
}

/**
 * Checks the citizen's input (text, attachments) and seals it for the citizen and the
 * receiving agency, under a fresh secret. Throws AppealInputError before anything exists.
 */
export async function prepareAppeal(input: {
  appealType: AppealTypeName;
  agencyId: number;
  /** The receiving agency's key, or null if it has none (AgencyKeyMissing). */
  agencyKey: AgencyKey | null;
  text: string;
  files: readonly UploadedFile[];
}): Promise<PreparedAppeal> {
  const text = validateAppealText(input.text);
  const attachments = validateAttachments(input.files);
  const agency = agencyAsRecipient(input.agencyKey, input.agencyId);
  const secret = generateCitizenSecret();
  const citizenPublicKey = citizenEncryptionKey(secret).compressedPublicKey;
  const sealed = await sealDocument({ kind: "appeal", text, attachments, citizenPublicKey }, [
    citizenRecipient(citizenPublicKey),
    agency,
  ]);
  return {
    appealType: input.appealType,
    agencyId: input.agencyId,
    secret,
    citizenKey: citizenKeyAddress(secret),
    sealed,
  };
}

/**
 * The complaint a citizen files when escalating, sealed for the citizen and the superior.
 * Its commitment is what `signEscalate` signs.
 */
export async function prepareComplaint(input: {
  secret: CitizenSecret;
  superiorKey: AgencyKey | null;
  superiorId: number;
  text: string;
  files: readonly UploadedFile[];
}): Promise<SealedDocument> {
  const text = validateAppealText(input.text);
  const attachments = validateAttachments(input.files);
  const citizenPublicKey = citizenEncryptionKey(input.secret).compressedPublicKey;
  return sealDocument({ kind: "complaint", text, attachments, citizenPublicKey }, [
    citizenRecipient(citizenPublicKey),
    agencyAsRecipient(input.superiorKey, input.superiorId),
  ]);
}

/**
 * An answer or a reason (forwarding, extension, extra checking) from the holding agency,
 * sealed for the citizen (whose key is inside the appeal the agency opened) and for the
 * agencies given (the holder, and the receiver of a forwarding).
 */
export async function prepareAgencyDocument(input: {
  kind: "answer" | "reason";
  citizenPublicKey: string;
  agencies: readonly AgencyKey[];
  text: string;
  files?: readonly UploadedFile[];
}): Promise<SealedDocument> {
  const text = validateAppealText(input.text);
  const attachments = validateAttachments(input.files ?? []);
  return sealDocument({ kind: input.kind, text, attachments }, [
    citizenRecipient(input.citizenPublicKey),
    ...input.agencies.map((agency) => agencyAsRecipient(agency, agency.agencyId)),
  ]);
}

/** Decrypts a document as the citizen (the secret's encryption key). */
export function openAsCitizen(
  sealed: SealedDocument,
  secret: CitizenSecret,
): Promise<AppealDocument> {
  return openDocument(sealed, "citizen", citizenEncryptionKey(secret).privateKey);
}

/** Decrypts a document as an agency, with the private key its officers keep. */
export function openAsAgency(
  sealed: SealedDocument,
  agencyId: number,
  agencyPrivateKey: string,
): Promise<AppealDocument> {
  return openDocument(sealed, agencyRecipient(agencyId), agencyPrivateKey);
}
