/**
 * Off-chain records in transit: what a writer produced for the records database while it could
 * not reach it (the demo seed runs before the platform opens it), as one JSON file that the
 * `records import` command stores. It holds only what the records themselves keep:
 * encrypted diploma copies (never their keys), the school's own diploma documents, sealed
 * appeal documents with their key wraps, and agencies' public keys.
 */
import { getBytes, hexlify, isHexString } from "ethers";
import type { AgencyKey } from "./appeals/documents.ts";
import type { KeyWrap, RecipientId, SealedDocument } from "./appeals/sealing.ts";
import { parseDiplomaDocument } from "./certificates/document.ts";
import type { DiplomaDocument } from "./certificates/document.ts";
import { IshonchBaseError } from "./error-base.ts";

export const OFFCHAIN_RECORDS_FORMAT = "ishonch.offchain-records.v1";

export interface OffchainRecords {
  format: typeof OFFCHAIN_RECORDS_FORMAT;
  /** Issued diplomas, each with the encrypted copy its QR code names. */
  diplomas: { document: DiplomaDocument; copy: { id: string; ciphertext: string } }[];
  /** Sealed appeal documents; the blob as 0x-hex. */
  sealedDocuments: { commitment: string; blob: string; wraps: KeyWrap[]; keyHash?: string }[];
  agencyKeys: AgencyKey[];
}

/** A sealed document as a record (its blob in hex, for JSON). */
export function sealedDocumentRecord(
  sealed: SealedDocument,
): OffchainRecords["sealedDocuments"][0] {
  return {
    commitment: sealed.commitment,
    blob: hexlify(sealed.blob),
    wraps: sealed.wraps,
    ...(sealed.keyHash ? { keyHash: sealed.keyHash } : {}),
  };
}

/** The sealed document a (parsed) record holds. */
export function sealedDocumentOf(record: OffchainRecords["sealedDocuments"][0]): SealedDocument {
  return {
    commitment: record.commitment,
    blob: getBytes(record.blob),
    wraps: record.wraps,
    ...(record.keyHash ? { keyHash: record.keyHash } : {}),
  };
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const BYTES32 = /^0x[0-9a-fA-F]{64}$/;
const RECIPIENT = /^(citizen|agency:[1-9][0-9]*)$/;

/** Where a record file is wrong, named by its path in the file (`diplomas[2].copy.id`). */
export class OffchainRecordsError extends IshonchBaseError<
  "MalformedOffchainRecords",
  { path: string; problem: string }
> {
  override readonly name = "OffchainRecordsError";

  constructor(path: string, problem: string) {
    const shortMessage = `off-chain records: ${path} ${problem}`;
    super("MalformedOffchainRecords", { path, problem }, { shortMessage });
  }
}

function listAt(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new OffchainRecordsError(path, "is not a list");
  return value;
}

function objectAt(value: unknown, path: string): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new OffchainRecordsError(path, "is not an object");
  }
  return value as Record<string, unknown>;
}

function stringAt(value: unknown, path: string, pattern: RegExp, expected: string): string {
  if (typeof value !== "string" || !pattern.test(value)) {
    throw new OffchainRecordsError(path, `is not ${expected}`);
  }
  return value;
}

function hexAt(value: unknown, path: string): string {
  if (!isHexString(value) || value.length < 4) {
    throw new OffchainRecordsError(path, "is not non-empty 0x-hex");
  }
  return value;
}

function parseDiploma(value: unknown, path: string): OffchainRecords["diplomas"][0] {
  const record = objectAt(value, path);
  let document: DiplomaDocument;
  try {
    document = parseDiplomaDocument(record.document);
  } catch (error) {
    throw new OffchainRecordsError(`${path}.document`, `is not a diploma document: ${error}`);
  }
  const copy = objectAt(record.copy, `${path}.copy`);
  return {
    document,
    copy: {
      id: stringAt(copy.id, `${path}.copy.id`, BASE64URL, "a base64url id"),
      ciphertext: stringAt(copy.ciphertext, `${path}.copy.ciphertext`, BASE64URL, "base64url"),
    },
  };
}

function parseSealed(value: unknown, path: string): OffchainRecords["sealedDocuments"][0] {
  const record = objectAt(value, path);
  return {
    commitment: stringAt(record.commitment, `${path}.commitment`, BYTES32, "a bytes32 hex"),
    blob: hexAt(record.blob, `${path}.blob`),
    wraps: listAt(record.wraps, `${path}.wraps`).map((item, i) => {
      const wrap = objectAt(item, `${path}.wraps[${i}]`);
      const recipient = stringAt(
        wrap.recipient,
        `${path}.wraps[${i}].recipient`,
        RECIPIENT,
        '"citizen" or "agency:<id>"',
      ) as RecipientId;
      return { recipient, wrapped: hexAt(wrap.wrapped, `${path}.wraps[${i}].wrapped`) };
    }),
    keyHash: stringAt(record.keyHash, `${path}.keyHash`, BYTES32, "a bytes32 hex"),
  };
}

function parseAgencyKey(value: unknown, path: string): AgencyKey {
  const record = objectAt(value, path);
  if (!Number.isSafeInteger(record.agencyId) || (record.agencyId as number) <= 0) {
    throw new OffchainRecordsError(`${path}.agencyId`, "is not an organization id");
  }
  return {
    agencyId: record.agencyId as number,
    publicKey: hexAt(record.publicKey, `${path}.publicKey`),
  };
}

/** Reads a record file's text, checking every part; throws OffchainRecordsError naming it. */
export function parseOffchainRecords(text: string): OffchainRecords {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new OffchainRecordsError("the file", `is not JSON: ${(error as Error).message}`);
  }
  const file = objectAt(json, "the file");
  if (file.format !== OFFCHAIN_RECORDS_FORMAT) {
    throw new OffchainRecordsError("format", `is not "${OFFCHAIN_RECORDS_FORMAT}"`);
  }
  return {
    format: OFFCHAIN_RECORDS_FORMAT,
    diplomas: listAt(file.diplomas, "diplomas").map((item, i) =>
      parseDiploma(item, `diplomas[${i}]`),
    ),
    sealedDocuments: listAt(file.sealedDocuments, "sealedDocuments").map((item, i) =>
      parseSealed(item, `sealedDocuments[${i}]`),
    ),
    agencyKeys: listAt(file.agencyKeys, "agencyKeys").map((item, i) =>
      parseAgencyKey(item, `agencyKeys[${i}]`),
    ),
  };
}
