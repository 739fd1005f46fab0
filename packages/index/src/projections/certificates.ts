import type { IndexedEvent, Projection, Transaction } from "./projection.ts";
import { origin, secondsToDate } from "./projection.ts";

// Hashes are stored in lower case so that lookups never depend on how a caller spelled them.
const hex = (value: unknown): string => String(value).toLowerCase();

async function apply(tx: Transaction, event: IndexedEvent): Promise<void> {
  const { args } = event;
  switch (event.name) {
    case "BatchIssued": {
      // An upsert, so that re-indexing over rows left by a partial clear cannot fail.
      const batch = {
        issuer: String(args.issuer),
        certificateCount: Number(args.certificateCount),
        issuedAt: secondsToDate(args.issuedAt),
        ...origin(event),
        revokedAt: null,
        revocationReason: null,
        revokedBy: null,
      };
      // Batches are the organization's own: another organization's batch under the same root
      // is another row.
      const key = { orgId: Number(args.orgId), root: hex(args.root) };
      await tx.certificateBatch.upsert({
        where: { orgId_root: key },
        create: { ...key, ...batch },
        update: batch,
      });
      return;
    }
    case "BatchRevoked":
      await tx.certificateBatch.update({
        where: { orgId_root: { orgId: Number(args.orgId), root: hex(args.root) } },
        data: {
          revokedAt: secondsToDate(args.revokedAt),
          revocationReason: Number(args.reason),
          revokedBy: String(args.revoker),
        },
      });
      return;
    case "CertificateRevoked": {
      // One row per organization and certificate: a revocation holds under every root.
      const key = { orgId: Number(args.orgId), certificateHash: hex(args.certificateHash) };
      const revocation = {
        root: hex(args.root),
        revoker: String(args.revoker),
        reason: Number(args.reason),
        revokedAt: secondsToDate(args.revokedAt),
        ...origin(event),
        successorRoot: null,
        successorHash: null,
      };
      await tx.certificateRevocation.upsert({
        where: { orgId_certificateHash: key },
        create: { ...key, ...revocation },
        update: revocation,
      });
      return;
    }
    case "CertificateSuperseded":
      // The contract emits CertificateRevoked (reason Superseded) just before this event.
      await tx.certificateRevocation.update({
        where: {
          orgId_certificateHash: {
            orgId: Number(args.orgId),
            certificateHash: hex(args.oldCertificateHash),
          },
        },
        data: { successorRoot: hex(args.newRoot), successorHash: hex(args.newCertificateHash) },
      });
      return;
  }
}

/** CertificateRegistry's events as certificate_batches and certificate_revocations. */
export const certificatesProjection: Projection = {
  contract: "CertificateRegistry",
  apply,
  models: ["certificateRevocation", "certificateBatch"],
};
