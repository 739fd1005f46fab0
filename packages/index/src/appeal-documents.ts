// The off-chain store of sealed appeal documents and the agencies' public keys. It holds
// ciphertext and wrapped keys only (see packages/sdk/src/appeals/README.md): whoever reads
// the database reads no appeal. Written by the relayer (citizen app) and officials' servers.
import type { AgencyKey, KeyWrap, RecipientId, SealedDocument } from "@ishonch/sdk";
import type { IndexDatabase } from "./database.ts";

/** Stores a sealed document and its wraps (idempotent: storing it twice changes nothing). */
export async function storeSealedDocument(
  db: IndexDatabase,
  sealed: SealedDocument,
): Promise<void> {
  const commitment = sealed.commitment.toLowerCase();
  await db.prisma.$transaction([
    db.prisma.appealDocument.upsert({
      where: { commitment },
      create: { commitment, blob: new Uint8Array(sealed.blob), storedAt: new Date() },
      update: {},
    }),
    ...sealed.wraps.map((wrap) =>
      db.prisma.appealKeyWrap.upsert({
        where: { commitment_recipient: { commitment, recipient: wrap.recipient } },
        create: { commitment, recipient: wrap.recipient, wrapped: wrap.wrapped },
        update: {},
      }),
    ),
  ]);
}

/**
 * Removes a document whose filing failed, so that nothing is left of a refused appeal.
 * Never call it for a commitment the chain holds.
 */
export async function deleteSealedDocument(db: IndexDatabase, commitment: string): Promise<void> {
  const key = commitment.toLowerCase();
  await db.prisma.$transaction([
    db.prisma.appealKeyWrap.deleteMany({ where: { commitment: key } }),
    db.prisma.appealDocument.deleteMany({ where: { commitment: key } }),
  ]);
}

/** A stored document by its commitment (as read from the chain), or null. */
export async function loadSealedDocument(
  db: IndexDatabase,
  commitment: string,
): Promise<SealedDocument | null> {
  const row = await db.prisma.appealDocument.findUnique({
    where: { commitment: commitment.toLowerCase() },
    include: { wraps: { orderBy: { recipient: "asc" } } },
  });
  if (!row) return null;
  return {
    commitment: row.commitment,
    blob: new Uint8Array(row.blob),
    wraps: row.wraps.map((wrap) => ({
      recipient: wrap.recipient as RecipientId,
      wrapped: wrap.wrapped,
    })),
  };
}

/** Adds one recipient's wrap (forwarding, escalation). */
export async function addKeyWrap(
  db: IndexDatabase,
  commitment: string,
  wrap: KeyWrap,
): Promise<void> {
  const key = commitment.toLowerCase();
  await db.prisma.appealKeyWrap.upsert({
    where: { commitment_recipient: { commitment: key, recipient: wrap.recipient } },
    create: { commitment: key, recipient: wrap.recipient, wrapped: wrap.wrapped },
    update: { wrapped: wrap.wrapped },
  });
}

/** Publishes (or replaces) an agency's appeals public key. */
export async function registerAgencyKey(db: IndexDatabase, key: AgencyKey): Promise<void> {
  await db.prisma.appealAgencyKey.upsert({
    where: { agencyId: key.agencyId },
    create: { agencyId: key.agencyId, publicKey: key.publicKey, registeredAt: new Date() },
    update: { publicKey: key.publicKey, registeredAt: new Date() },
  });
}

/** An agency's published appeals key, or null if it has none. */
export async function agencyKey(db: IndexDatabase, agencyId: number): Promise<AgencyKey | null> {
  const row = await db.prisma.appealAgencyKey.findUnique({ where: { agencyId } });
  return row ? { agencyId: row.agencyId, publicKey: row.publicKey } : null;
}
