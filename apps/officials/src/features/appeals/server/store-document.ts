/**
 * The check behind the appeals pages' one records write: an answer or reason document, sealed
 * in the officer's browser, stored before its commitment goes on chain. The organization is
 * the appeal's holder as the chain says, never a field of the request: the signed-in account
 * must be its appeals officer or head. The records then refuse a blob that is not its
 * commitment's, and add key wraps beside the existing ones, never in their place.
 */
import { z } from "zod";
import {
  RecordsRefusal,
  sharedRecords,
  storeSealedDocument,
  type RecordsRefusalCode,
} from "@ishonch/records";
import {
  IshonchError,
  MAX_APPEAL_TEXT_LENGTH,
  agencyRecipient,
  appealStatus,
  type RecipientId,
} from "@ishonch/sdk";
import { connectReader } from "@ishonch/sdk/node";
import type { Locale } from "@ishonch/i18n";
import { loadDeployment } from "../../../shared/server/deployment";
import { refusalBody, type RefusalBody } from "../../../shared/server/http";
import { uint32Id } from "../../../shared/server/ids";
import { authorizeStaff } from "../../session/server/session";
import type { Refusal } from "../../session/words";

const bytes32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/);
/** A wrap: a 33-byte key, a 12-byte IV, a 32-byte key and its 16-byte tag, as hex. */
const keyWrap = z.strictObject({
  recipient: z.string().regex(/^(citizen|agency:[1-9][0-9]{0,9})$/),
  wrapped: z.string().regex(/^0x[0-9a-fA-F]{2,512}$/),
});
/** An agency's text (no attachments): at most 20,000 characters, 4 bytes each, plus JSON. */
const MAX_AGENCY_BLOB_BYTES = MAX_APPEAL_TEXT_LENGTH * 4 + 4_096;

export const storeAppealDocumentInput = z.strictObject({
  appealId: uint32Id,
  sealed: z.strictObject({
    commitment: bytes32,
    blob: z.instanceof(Uint8Array).refine((blob) => blob.byteLength <= MAX_AGENCY_BLOB_BYTES),
    wraps: z.array(keyWrap).min(1).max(8),
    keyHash: bytes32,
  }),
  otherWraps: z.array(z.strictObject({ commitment: bytes32, wrap: keyWrap })).max(4),
});

export type StoreAppealDocumentInput = z.input<typeof storeAppealDocumentInput>;

/** The records' refusals of a document, in the words the page shows. */
const documentRefusals: Partial<Record<RecordsRefusalCode, Refusal>> = {
  CommitmentMismatch: "commitmentMismatch",
  WrapExists: "wrapExists",
};

/** The roles that write an appeal's documents: officers answer and forward, the head extends. */
const appealWriters = ["AppealsOfficer", "OrganizationAdmin"] as const;

/** Stores the document for the session `token`; null when stored, else the refusal. */
export async function storeAppealDocumentAs(
  token: string | undefined,
  locale: Locale,
  input: unknown,
): Promise<RefusalBody | null> {
  const parsed = storeAppealDocumentInput.safeParse(input);
  if (!parsed.success) return refusalBody(locale, "malformed");
  const { appealId, sealed, otherWraps } = parsed.data;
  const deployment = loadDeployment();
  if (!deployment.ok) return refusalBody(locale, "deployment");
  const contracts = connectReader(deployment.deployment);
  let appeal: Awaited<ReturnType<typeof appealStatus>>;
  try {
    appeal = await appealStatus(contracts, appealId);
  } catch (error) {
    const unknown = error instanceof IshonchError && error.code === "UnknownAppeal";
    return refusalBody(locale, unknown ? "unknownDocument" : "chain");
  }
  const caller = await authorizeStaff(
    token,
    deployment.deployment,
    contracts,
    appeal.agencyId,
    [...appealWriters],
    "officialWrite",
  );
  if ("refusal" in caller) return refusalBody(locale, caller.refusal, caller.limit);
  // Only the appeal's own document may get another reader, and only another agency
  // (forwarding wraps its key for the receiver): never the citizen or the holder, whose
  // wraps were stored with the document and are never replaced.
  const appealCommitment = appeal.contentCommitment.toLowerCase();
  if (otherWraps.some(({ commitment }) => commitment.toLowerCase() !== appealCommitment)) {
    return refusalBody(locale, "unknownDocument");
  }
  const holder = agencyRecipient(appeal.agencyId);
  const ownReaders = new Set<string>(["citizen", holder]);
  if (otherWraps.some(({ wrap }) => ownReaders.has(wrap.recipient))) {
    return refusalBody(locale, "wrapExists");
  }
  try {
    await storeSealedDocument(
      await sharedRecords(),
      {
        ...sealed,
        wraps: sealed.wraps.map((wrap) => ({ ...wrap, recipient: wrap.recipient as RecipientId })),
      },
      caller.address,
      otherWraps.map(({ commitment, wrap }) => ({
        commitment,
        wrap: { ...wrap, recipient: wrap.recipient as RecipientId },
      })),
    );
  } catch (error) {
    if (error instanceof RecordsRefusal) {
      return refusalBody(locale, documentRefusals[error.code] ?? "unknownDocument");
    }
    throw error;
  }
  return null;
}
