/**
 * What a browser may ask the verdict API: a certificate hash, its Merkle proof and batch
 * root, and where the document says it was anchored (chain, registry, organization). No
 * personal data ever comes to the server, and anything else is refused.
 */
import type { CertificateLocator } from "@ishonch/sdk";

const BYTES32 = /^0x[0-9a-fA-F]{64}$/;
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const MAX_UINT32 = 2 ** 32 - 1;

/** A Merkle proof of a tree of 2^32 leaves has 32 steps; longer is not a proof. */
export const MAX_PROOF_LENGTH = 32;

/** A certificate to check, with the anchor its document claims. */
export interface DocumentClaim extends CertificateLocator {
  orgId: number;
  chainId: number;
  contract: string;
}

function isBytes32(value: unknown): value is string {
  return typeof value === "string" && BYTES32.test(value);
}

function isCount(value: unknown, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0 && (value as number) <= max;
}

/** The claim in `body`, hashes in lower case, or null when it is not one. */
export function parseDocumentClaim(body: unknown): DocumentClaim | null {
  if (typeof body !== "object" || body === null) return null;
  const { certificateHash, proof, root, orgId, chainId, contract } = body as Record<
    string,
    unknown
  >;
  if (!isBytes32(certificateHash) || !isBytes32(root)) return null;
  if (!Array.isArray(proof) || proof.length > MAX_PROOF_LENGTH || !proof.every(isBytes32)) {
    return null;
  }
  if (!isCount(orgId, MAX_UINT32) || !isCount(chainId, Number.MAX_SAFE_INTEGER)) return null;
  if (typeof contract !== "string" || !ADDRESS.test(contract)) return null;
  return {
    certificateHash: certificateHash.toLowerCase(),
    proof: proof.map((step) => step.toLowerCase()),
    root: root.toLowerCase(),
    orgId,
    chainId,
    contract: contract.toLowerCase(),
  };
}
