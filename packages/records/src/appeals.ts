// The sealed appeal documents and the agencies' public keys. Ciphertext and wrapped keys
// only (see packages/sdk/src/appeals/README.md): whoever reads the database reads no appeal.
// Written by the relayer (citizen app) and officials' servers, each action in one transaction.
import {
  DEV_APPEALS_CHAIN_ID,
  commitmentOfBlob,
  devAgencyKeyPair,
  type AgencyKey,
  type KeyWrap,
  type RecipientId,
  type SealedDocument,
} from "@ishonch/sdk";
import type { RecordsDatabase } from "./database.ts";
import { RecordsRefusal } from "./refusal.ts";
import { insertNew, type RecordsWriter } from "./sql.ts";

/**
 * Who stores a wrap or document: an official's address (checked against the chain by the
 * officials app), "citizen" (the citizen's own request, carried by the relayer) or "import"
 * (the operator's `records import`).
 */
export type RecordsAuthor = string;

/** A key wrap for another document than the one stored with it (forwarding, escalation). */
export interface DocumentKeyWrap {
  commitment: string;
  wrap: KeyWrap;
}

/**
 * Adds key wraps inside the caller's transaction. Never replaces one: a recipient's new wrap
 * is a new version beside the others, with its author and time (readers try each, see the
 * SDK's openDocument); the same wrap stored twice is stored once.
 */
export async function insertKeyWraps(
  writer: RecordsWriter,
  wraps: readonly DocumentKeyWrap[],
  author: RecordsAuthor,
): Promise<void> {
  const addedAt = new Date();
  await insertNew(
    writer,
    "appeal_key_wraps",
    wraps.map(({ commitment, wrap }) => ({
      commitment: commitment.toLowerCase(),
      recipient: wrap.recipient,
      wrapped: wrap.wrapped,
      author,
      added_at: addedAt,
    })),
  );
}

/**
 * A document is stored only under its own commitment: the blob and the hash of its content
 * key must rebuild it, so no blob can be filed under another document's commitment.
 */
function checkCommitment(sealed: SealedDocument): void {
  if (!sealed.keyHash || !/^0x[0-9a-fA-F]{64}$/.test(sealed.keyHash)) {
    throw new RecordsRefusal("CommitmentMismatch", { commitment: sealed.commitment });
  }
  if (commitmentOfBlob(sealed.blob, sealed.keyHash) !== sealed.commitment.toLowerCase()) {
    throw new RecordsRefusal("CommitmentMismatch", { commitment: sealed.commitment });
  }
}

/**
 * Stores a sealed document and its wraps inside the caller's transaction (idempotent: a
 * document stored before keeps its blob). Refuses a blob that is not its commitment's.
 */
export async function insertSealedDocument(
  writer: RecordsWriter,
  sealed: SealedDocument,
  author: RecordsAuthor,
): Promise<void> {
  checkCommitment(sealed);
  const commitment = sealed.commitment.toLowerCase();
  const inserted = await insertNew(writer, "appeal_documents", [
    {
      commitment,
      blob: new Uint8Array(sealed.blob),
      stored_at: new Date(),
      content_key_hash: sealed.keyHash!.toLowerCase(),
    },
  ]);
  if (inserted === 0) {
    // Stored before: only an exact retry is accepted. A different wrap for one of its
    // readers would be a replacement in all but name (who would open the document then?).
    const stored = await writer.appealKeyWrap.count({
      where: {
        commitment,
        OR: sealed.wraps.map((wrap) => ({ recipient: wrap.recipient, wrapped: wrap.wrapped })),
      },
    });
    if (stored !== new Set(sealed.wraps.map((wrap) => wrap.wrapped)).size) {
      throw new RecordsRefusal("WrapExists", { commitment });
    }
    return;
  }
  await insertKeyWraps(
    writer,
    sealed.wraps.map((wrap) => ({ commitment, wrap })),
    author,
  );
}

/**
 * Stores a sealed document with its wraps, and `otherWraps` (e.g. the appeal's key for the
 * agency it is forwarded to, with the forwarding reason), in one transaction. Idempotent:
 * storing it twice changes nothing. Wraps for a document the records lack are refused.
 */
export async function storeSealedDocument(
  records: RecordsDatabase,
  sealed: SealedDocument,
  author: RecordsAuthor,
  otherWraps: readonly DocumentKeyWrap[] = [],
): Promise<void> {
  checkCommitment(sealed);
  const others = [...new Set(otherWraps.map(({ commitment }) => commitment.toLowerCase()))];
  await records.prisma.$transaction(async (tx) => {
    await insertSealedDocument(tx, sealed, author);
    const known = await tx.appealDocument.count({ where: { commitment: { in: others } } });
    if (known !== others.length) throw new RecordsRefusal("UnknownDocument", {});
    await insertKeyWraps(tx, otherWraps, author);
  });
}

/** Deletes a document and its wraps inside the caller's transaction. */
export async function removeSealedDocument(writer: RecordsWriter, commitment: string) {
  const key = commitment.toLowerCase();
  await writer.appealKeyWrap.deleteMany({ where: { commitment: key } });
  await writer.appealDocument.deleteMany({ where: { commitment: key } });
}

/**
 * Removes a document whose filing failed, so that nothing is left of a refused appeal.
 * Never call it for a commitment the chain holds.
 */
export async function deleteSealedDocument(
  records: RecordsDatabase,
  commitment: string,
): Promise<void> {
  await records.prisma.$transaction((tx) => removeSealedDocument(tx, commitment));
}

/** A stored document by its commitment (as read from the chain), or null. */
export async function loadSealedDocument(
  records: RecordsDatabase,
  commitment: string,
): Promise<SealedDocument | null> {
  const row = await records.prisma.appealDocument.findUnique({
    where: { commitment: commitment.toLowerCase() },
    // A recipient's versions oldest first: the wrap stored with the document comes first.
    include: { wraps: { orderBy: [{ recipient: "asc" }, { addedAt: "asc" }, { wrapped: "asc" }] } },
  });
  if (!row) return null;
  return {
    commitment: row.commitment,
    blob: new Uint8Array(row.blob),
    wraps: row.wraps.map((wrap) => ({
      recipient: wrap.recipient as RecipientId,
      wrapped: wrap.wrapped,
    })),
    ...(row.contentKeyHash ? { keyHash: row.contentKeyHash } : {}),
  };
}

/** Publishes (or replaces) agencies' appeals public keys inside the caller's transaction. */
export async function upsertAgencyKeys(
  writer: RecordsWriter,
  keys: readonly AgencyKey[],
): Promise<void> {
  const registeredAt = new Date();
  for (const key of keys) {
    await writer.appealAgencyKey.upsert({
      where: { agencyId: key.agencyId },
      create: { agencyId: key.agencyId, publicKey: key.publicKey, registeredAt },
      update: { publicKey: key.publicKey, registeredAt },
    });
  }
}

/** Publishes (or replaces) an agency's appeals public key. */
export async function registerAgencyKey(records: RecordsDatabase, key: AgencyKey): Promise<void> {
  await upsertAgencyKeys(records.prisma, [key]);
}

/** An agency's published appeals key, or null if it has none. */
export async function agencyKey(
  records: RecordsDatabase,
  agencyId: number,
): Promise<AgencyKey | null> {
  const row = await records.prisma.appealAgencyKey.findUnique({ where: { agencyId } });
  return row ? { agencyId: row.agencyId, publicKey: row.publicKey } : null;
}

/**
 * The key an appeal to this agency is sealed for: its published key; on the dev chain, an
 * agency that published none uses its demo key (both apps agree on it). Null: the agency
 * cannot receive appeals.
 */
export async function appealKeyOf(
  records: RecordsDatabase,
  chainId: number,
  agencyId: number,
): Promise<AgencyKey | null> {
  const published = await agencyKey(records, agencyId);
  if (published) return published;
  if (chainId !== DEV_APPEALS_CHAIN_ID) return null;
  return { agencyId, publicKey: devAgencyKeyPair(agencyId).publicKey };
}

/** The agencies that published an appeals key (they accept appeals). */
export async function agenciesWithKeys(records: RecordsDatabase): Promise<number[]> {
  const rows = await records.prisma.appealAgencyKey.findMany({ select: { agencyId: true } });
  return rows.map((row) => row.agencyId);
}
