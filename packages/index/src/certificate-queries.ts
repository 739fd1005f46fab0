/**
 * Diplomas as the chain's events tell them: which batches of an organization are anchored,
 * which are revoked whole, and which diplomas are revoked on their own. The school's own
 * rows (names, numbers) are in the records (@ishonch/records), whose staff search takes
 * these facts to tell each row's status. A verdict never comes from here: the SDK checks
 * every answer on chain.
 */
import type { IndexDatabase } from "./database.ts";

/** What the chain says of one organization's diplomas, as far as the index has followed it. */
export async function diplomaChainFacts(db: IndexDatabase, orgId: number) {
  const [batches, revocations] = await Promise.all([
    db.prisma.certificateBatch.findMany({
      where: { orgId },
      select: { root: true, revokedAt: true, revocationReason: true },
    }),
    db.prisma.certificateRevocation.findMany({
      where: { orgId },
      select: { certificateHash: true, revokedAt: true, reason: true },
    }),
  ]);
  return {
    issuedRoots: new Set(batches.map((batch) => batch.root)),
    revokedBatches: new Map(
      batches.filter((batch) => batch.revokedAt).map((batch) => [batch.root, batch]),
    ),
    revocations: new Map(revocations.map((revocation) => [revocation.certificateHash, revocation])),
  };
}
