import {
  secondsToDate,
  type IndexedEvent,
  type Projection,
  type Transaction,
} from "./projection.ts";

// Hashes are stored in lower case so that lookups never depend on how a caller spelled them.
const hex = (value: unknown): string => String(value).toLowerCase();

async function apply(tx: Transaction, event: IndexedEvent): Promise<void> {
  const { args } = event;
  switch (event.name) {
    case "BatchIssued": {
      // An upsert, so that re-indexing over rows left by a partial clear cannot fail.
      const batch = {
        orgId: Number(args.orgId),
        issuer: String(args.issuer),
        certificateCount: Number(args.certificateCount),
        issuedAt: secondsToDate(args.issuedAt),
        blockNumber: event.blockNumber,
        txHash: event.txHash,
        revokedAt: null,
        revocationReason: null,
        revokedBy: null,
      };
      await tx.certificateBatch.upsert({
        where: { root: hex(args.root) },
        create: { root: hex(args.root), ...batch },
        update: batch,
      });
      return;
    }
    case "BatchRevoked":
      await tx.certificateBatch.update({
        where: { root: hex(args.root) },
        data: {
          revokedAt: secondsToDate(args.revokedAt),
          revocationReason: Number(args.reason),
          revokedBy: String(args.revoker),
        },
      });
      return;
    case "CertificateRevoked": {
      const key = { root: hex(args.root), certificateHash: hex(args.certificateHash) };
      const revocation = {
        orgId: Number(args.orgId),
        revoker: String(args.revoker),
        reason: Number(args.reason),
        revokedAt: secondsToDate(args.revokedAt),
        blockNumber: event.blockNumber,
        txHash: event.txHash,
        successorRoot: null,
        successorHash: null,
      };
      await tx.certificateRevocation.upsert({
        where: { root_certificateHash: key },
        create: { ...key, ...revocation },
        update: revocation,
      });
      return;
    }
    case "CertificateSuperseded":
      // The contract emits CertificateRevoked (reason Superseded) just before this event.
      await tx.certificateRevocation.update({
        where: {
          root_certificateHash: {
            root: hex(args.oldRoot),
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
