// The diploma document: salted fields, its hashes, selective disclosure and the file format.
import { getAddress, getBytes, hexlify, isHexString, keccak256 } from "ethers";
import type { Address } from "../deployment.ts";
import { CertificateFormatError } from "./errors.ts";
import {
  alwaysDisclosedFields,
  degreeLevels,
  diplomaFieldNames,
  normaliseNumber,
  normaliseSeries,
  type DiplomaFieldName,
  type DiplomaFields,
  type RawDiplomaFields,
} from "./fields.ts";

export const DIPLOMA_DOCUMENT_FORMAT = "ishonch.diploma";
export const DIPLOMA_DOCUMENT_VERSION = 1;

/** A field shown with its salt, or hidden by the holder (only its salted hash remains). */
export type DocumentField = { value: string; salt: string } | { hidden: string };

/** Where a diploma is anchored: the chain, the registry, its batch root and Merkle proof. */
export interface DiplomaAnchor {
  chainId: number;
  contract: Address;
  root: string;
  proof: string[];
}

/** The diploma file a graduate holds (JSON), also what the QR code's encrypted copy holds. */
export interface DiplomaDocument {
  format: typeof DIPLOMA_DOCUMENT_FORMAT;
  version: typeof DIPLOMA_DOCUMENT_VERSION;
  /** The issuing organization; its name and accreditation are read from the chain. */
  orgId: number;
  fields: Record<DiplomaFieldName, DocumentField>;
  anchor: DiplomaAnchor;
}

/** A diploma salted and hashed, ready to be anchored (the anchor comes with issuing). */
export interface PreparedDiploma {
  orgId: number;
  fields: Record<DiplomaFieldName, { value: string; salt: string }>;
  numberKey: string;
  contentHash: string;
  certificateHash: string;
}

const SALT_BYTES = 32;
const BYTES32 = /^0x[0-9a-fA-F]{64}$/;
const SEPARATOR = new Uint8Array([0]);
const utf8 = new TextEncoder();

/** Byte concatenation without hex round trips (ethers' concat returns hex: slower here). */
function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

function randomSalt(): string {
  return hexlify(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
}

// The canonical serialisation is plain byte concatenation, unambiguous because every part but
// the last has a fixed length or ends with a zero byte that names and series never contain.
// (abi.encode would say the same but costs ten times more, and a class of 20,000 hashes
// 280,000 times; nothing on chain recomputes these hashes.)

/** The salted hash of one field: keccak256(name ‖ 0x00 ‖ salt ‖ value), the name bound in. */
export function diplomaFieldHash(name: DiplomaFieldName, value: string, salt: string): string {
  return keccak256(joinBytes([utf8.encode(name), SEPARATOR, getBytes(salt), utf8.encode(value)]));
}

const NUMBER_DOMAIN = utf8.encode(`${DIPLOMA_DOCUMENT_FORMAT}.number`);

/**
 * The number's commitment: not salted on purpose, so that an employer who types a series and
 * number can recompute it (the contract's notes explain why this reveals nothing more).
 */
export function numberKeyOf(series: string, number: string): string {
  return keccak256(
    joinBytes([
      NUMBER_DOMAIN,
      SEPARATOR,
      utf8.encode(normaliseSeries(series)),
      SEPARATOR,
      utf8.encode(normaliseNumber(number)),
    ]),
  );
}

const CONTENT_DOMAIN = joinBytes([
  utf8.encode(DIPLOMA_DOCUMENT_FORMAT),
  SEPARATOR,
  new Uint8Array([DIPLOMA_DOCUMENT_VERSION]),
]);

/** keccak256(format ‖ 0x00 ‖ version byte ‖ the eleven field hashes in canonical order). */
function contentHashOf(fieldHashes: readonly string[]): string {
  return keccak256(joinBytes([CONTENT_DOMAIN, ...fieldHashes.map((hash) => getBytes(hash))]));
}

/** The contract's `certificateHashOf`: abi.encode of two bytes32 is their concatenation. */
export function certificateHashOf(numberKey: string, contentHash: string): string {
  return keccak256(joinBytes([getBytes(numberKey), getBytes(contentHash)]));
}

function fieldHashOf(name: DiplomaFieldName, field: DocumentField): string {
  return "hidden" in field ? field.hidden : diplomaFieldHash(name, field.value, field.salt);
}

/** Salts every field with its own 32 random bytes and computes the diploma's hashes. */
export function prepareDiploma(orgId: number, fields: DiplomaFields): PreparedDiploma {
  const salted = {} as PreparedDiploma["fields"];
  for (const name of diplomaFieldNames) salted[name] = { value: fields[name], salt: randomSalt() };
  const contentHash = contentHashOf(
    diplomaFieldNames.map((name) => fieldHashOf(name, salted[name])),
  );
  const numberKey = numberKeyOf(fields.series, fields.number);
  return {
    orgId,
    fields: salted,
    numberKey,
    contentHash,
    certificateHash: certificateHashOf(numberKey, contentHash),
  };
}

const PREPARE_CHUNK = 200;

/**
 * Prepares a whole class, giving the event loop back between chunks so that a page stays
 * responsive and can draw `onProgress` (hashing is about 0.2 ms per diploma).
 */
export async function prepareDiplomas(
  orgId: number,
  fieldsList: readonly DiplomaFields[],
  onProgress?: (done: number, total: number) => void,
): Promise<PreparedDiploma[]> {
  const prepared: PreparedDiploma[] = [];
  for (let start = 0; start < fieldsList.length; start += PREPARE_CHUNK) {
    for (const fields of fieldsList.slice(start, start + PREPARE_CHUNK)) {
      prepared.push(prepareDiploma(orgId, fields));
    }
    onProgress?.(prepared.length, fieldsList.length);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return prepared;
}

/** A prepared diploma with its anchor: the document to hand to the graduate. */
export function diplomaDocumentOf(
  diploma: PreparedDiploma,
  anchor: DiplomaAnchor,
): DiplomaDocument {
  return {
    format: DIPLOMA_DOCUMENT_FORMAT,
    version: DIPLOMA_DOCUMENT_VERSION,
    orgId: diploma.orgId,
    fields: { ...diploma.fields },
    anchor: { ...anchor, proof: [...anchor.proof] },
  };
}

/** The content hash over the document's fields as they are (shown or hidden). */
export function diplomaContentHash(document: DiplomaDocument): string {
  return contentHashOf(diplomaFieldNames.map((name) => fieldHashOf(name, document.fields[name])));
}

/** The diploma number's key, recomputed from the document's shown series and number. */
export function diplomaNumberKey(document: DiplomaDocument): string {
  const { series, number } = document.fields;
  if ("hidden" in series || "hidden" in number) {
    throw new CertificateFormatError("MalformedDocument", { field: "series" });
  }
  return numberKeyOf(series.value, number.value);
}

/** The certificate hash the registry knows this document by, recomputed from its content. */
export function diplomaCertificateHash(document: DiplomaDocument): string {
  return certificateHashOf(diplomaNumberKey(document), diplomaContentHash(document));
}

/** Hides one field, keeping its salted hash: the document still verifies without it. */
export function hideDiplomaField(
  document: DiplomaDocument,
  name: DiplomaFieldName,
): DiplomaDocument {
  if (alwaysDisclosedFields.includes(name)) {
    throw new CertificateFormatError("MalformedDocument", { field: name });
  }
  const field = document.fields[name];
  return {
    ...document,
    fields: { ...document.fields, [name]: { hidden: fieldHashOf(name, field) } },
  };
}

/** The values the document shows; hidden fields are absent. */
export function disclosedDiplomaFields(document: DiplomaDocument): Partial<DiplomaFields> {
  const shown: Partial<Record<DiplomaFieldName, string>> = {};
  for (const name of diplomaFieldNames) {
    const field = document.fields[name];
    if ("value" in field) shown[name] = field.value;
  }
  return shown as Partial<DiplomaFields>;
}

/**
 * The document's values as a form shows them for a correction: dates as DD.MM.YYYY (as typed
 * in the form and the CSV), a hidden field empty (the form then asks for it again).
 */
export function editableDiplomaFields(document: DiplomaDocument): RawDiplomaFields {
  const shown = disclosedDiplomaFields(document);
  const editable = {} as RawDiplomaFields;
  for (const name of diplomaFieldNames) {
    const value = shown[name] ?? "";
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    editable[name] =
      (name === "dateOfBirth" || name === "graduationDate") && iso
        ? `${iso[3]}.${iso[2]}.${iso[1]}`
        : value;
  }
  return editable;
}

/** The document file's text. */
export function serializeDiplomaDocument(document: DiplomaDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

function malformed(field: string): CertificateFormatError {
  return new CertificateFormatError("MalformedDocument", { field });
}

function checkField(name: DiplomaFieldName, value: unknown): DocumentField {
  const field = value as Record<string, unknown> | null;
  if (!field || typeof field !== "object") throw malformed(name);
  if (typeof field.hidden === "string" && BYTES32.test(field.hidden)) {
    if (alwaysDisclosedFields.includes(name)) throw malformed(name);
    return { hidden: field.hidden };
  }
  if (typeof field.value !== "string" || typeof field.salt !== "string") throw malformed(name);
  if (!BYTES32.test(field.salt)) throw malformed(name);
  if (name === "degreeLevel" && !(degreeLevels as readonly string[]).includes(field.value)) {
    throw malformed(name);
  }
  return { value: field.value, salt: field.salt };
}

/**
 * Reads a diploma file (its text, or JSON already parsed), with a clear reason when it is not
 * one: not an Ishonch document at all, a version this SDK does not know, a cut-off file, or a
 * document with a broken part. It checks the form only; `verifyDocument` checks the content.
 */
export function parseDiplomaDocument(input: string | unknown): DiplomaDocument {
  let json: unknown = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch {
      // A cut-off file still starts like one of ours; anything else is not ours at all.
      const looksLikeOurs = /^\s*\{/.test(input) && input.includes(`"${DIPLOMA_DOCUMENT_FORMAT}"`);
      throw new CertificateFormatError(looksLikeOurs ? "TruncatedDocument" : "NotIshonchDocument");
    }
  }
  const value = json as Record<string, unknown> | null;
  if (!value || typeof value !== "object" || value.format !== DIPLOMA_DOCUMENT_FORMAT) {
    throw new CertificateFormatError("NotIshonchDocument");
  }
  if (value.version !== DIPLOMA_DOCUMENT_VERSION) {
    throw new CertificateFormatError("UnsupportedDocumentVersion", {
      version: String(value.version),
    });
  }
  const { orgId, fields, anchor } = value;
  if (!Number.isSafeInteger(orgId) || (orgId as number) <= 0) throw malformed("orgId");
  if (!fields || typeof fields !== "object") throw malformed("fields");
  const checkedFields = {} as Record<DiplomaFieldName, DocumentField>;
  for (const name of diplomaFieldNames) {
    checkedFields[name] = checkField(name, (fields as Record<string, unknown>)[name]);
  }
  const anchorValue = anchor as Record<string, unknown> | null;
  if (!anchorValue || typeof anchorValue !== "object") throw malformed("anchor");
  const { chainId, contract, root, proof } = anchorValue;
  if (!Number.isSafeInteger(chainId) || (chainId as number) <= 0) throw malformed("chainId");
  if (typeof contract !== "string" || !isHexString(contract, 20)) throw malformed("contract");
  if (typeof root !== "string" || !BYTES32.test(root)) throw malformed("root");
  if (
    !Array.isArray(proof) ||
    !proof.every((node) => typeof node === "string" && BYTES32.test(node))
  ) {
    throw malformed("proof");
  }
  return {
    format: DIPLOMA_DOCUMENT_FORMAT,
    version: DIPLOMA_DOCUMENT_VERSION,
    orgId: orgId as number,
    fields: checkedFields,
    anchor: {
      chainId: chainId as number,
      contract: getAddress(contract) as Address,
      root,
      proof: proof as string[],
    },
  };
}
