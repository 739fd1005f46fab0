/**
 * The call data and the answer of CertificateRegistry's `verifyMany`, encoded and decoded
 * here rather than by ethers' ABI coder. Measured on a chunk of 250 certificates, ethers took
 * 0.1 to 0.3 s to encode the call and 0.7 to 1.3 s to decode the answer (it builds a Result
 * proxy per struct), twenty times what the node takes to run it; a bulk check of 1,000
 * numbers spent its whole second there. The layout is fixed by the ABI (a CertificateQuery
 * holds one dynamic array; a Verification is a static tuple of 12 words), and a test checks
 * both directions against ethers.
 */
import { getAddress } from "ethers";
import { InvalidArgumentError } from "../errors.ts";

/** One certificate to check: `verify`'s arguments. */
export interface CertificateQueryFields {
  orgId: number;
  certificateHash: string;
  proof: readonly string[];
  root: string;
}

/** A certificate of a batch, or none (both zero). */
export interface CertificateRefFields {
  root: string;
  certificateHash: string;
}

/** What `verify` answers, field by field (ethers' Result for `verify` has the same shape). */
export interface VerificationFields {
  status: bigint;
  orgId: bigint;
  issuer: string;
  issuedAt: bigint;
  issuedBlock: bigint;
  revokedAt: bigint;
  revocationReason: bigint;
  revokedWithBatch: boolean;
  successor: CertificateRefFields;
  predecessor: CertificateRefFields;
}

const WORD = 64;
/** A Verification's words: status, orgId, issuer, issuedAt, issuedBlock, revokedAt,
 * revocationReason, revokedWithBatch, successor (2), predecessor (2). */
const VERIFICATION_WORDS = 12;
/** A CertificateQuery's head: orgId, certificateHash, the proof's offset, root. */
const QUERY_HEAD_WORDS = 4;

function word(value: number): string {
  return value.toString(16).padStart(WORD, "0");
}

function bytes32(value: string): string {
  if (!/^0x[0-9a-fA-F]{64}$/.test(value)) {
    throw new InvalidArgumentError(`not a 32-byte hash: ${value}`);
  }
  return value.slice(2).toLowerCase();
}

function uint32(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new InvalidArgumentError(`not an organization id: ${value}`);
  }
  return word(value);
}

/** The call data of `verifyMany(queries)`, given the function's selector. */
export function encodeVerifyMany(
  selector: string,
  queries: readonly CertificateQueryFields[],
): string {
  const parts = [selector, word(32), word(queries.length)];
  // Each query's offset from the start of the offsets, then the queries themselves.
  let offset = queries.length * 32;
  for (const query of queries) {
    parts.push(word(offset));
    offset += (QUERY_HEAD_WORDS + 1 + query.proof.length) * 32;
  }
  for (const { orgId, certificateHash, proof, root } of queries) {
    parts.push(uint32(orgId), bytes32(certificateHash), word(QUERY_HEAD_WORDS * 32), bytes32(root));
    parts.push(word(proof.length), ...proof.map(bytes32));
  }
  return parts.join("");
}

/** The answers in `verifyMany`'s return data, in order. */
export function decodeVerifications(data: string): VerificationFields[] {
  const hex = data.startsWith("0x") ? data.slice(2) : data;
  const at = (index: number) => hex.slice(index * WORD, (index + 1) * WORD);
  const number = (index: number) => Number.parseInt(at(index), 16);
  const start = number(0) / 32;
  const count = number(start);
  if (
    !Number.isSafeInteger(start) ||
    (start + 1 + count * VERIFICATION_WORDS) * WORD > hex.length
  ) {
    throw new InvalidArgumentError("verifyMany's answer is cut short");
  }
  const addresses = new Map<string, string>();
  const address = (index: number) => {
    const raw = at(index).slice(24);
    let checksummed = addresses.get(raw);
    if (checksummed === undefined) addresses.set(raw, (checksummed = getAddress(`0x${raw}`)));
    return checksummed;
  };
  const ref = (index: number): CertificateRefFields => ({
    root: `0x${at(index)}`,
    certificateHash: `0x${at(index + 1)}`,
  });
  return Array.from({ length: count }, (_, i) => {
    const base = start + 1 + i * VERIFICATION_WORDS;
    const big = (offset: number) => BigInt(`0x${at(base + offset)}`);
    return {
      status: big(0),
      orgId: big(1),
      issuer: address(base + 2),
      issuedAt: big(3),
      issuedBlock: big(4),
      revokedAt: big(5),
      revocationReason: big(6),
      revokedWithBatch: big(7) !== 0n,
      successor: ref(base + 8),
      predecessor: ref(base + 10),
    };
  });
}
