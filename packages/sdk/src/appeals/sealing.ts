import {
  SigningKey,
  computeHmac,
  concat,
  decodeBase64,
  encodeBase64,
  getBytes,
  hexlify,
  keccak256,
  sha256,
  toUtf8Bytes,
  toUtf8String,
} from "ethers";
import { AppealInputError } from "./errors.ts";
import { attachmentMediaTypes, type Attachment, type AttachmentMediaType } from "./validation.ts";

/**
 * Off-chain content of appeals, readable only by its recipients (the citizen and the
 * agencies that hold or held the appeal), with only a commitment on the chain:
 * - each document (appeal, answer, reason, escalation complaint) gets a fresh random 256-bit
 *   content key; its JSON (text, attachments) is encrypted with AES-256-GCM into a blob;
 * - the content key is wrapped for each recipient by ECIES on secp256k1: an ephemeral key,
 *   ECDH with the recipient's public key, SHA-256 into a key-encryption key, AES-256-GCM
 *   with the recipient's id as associated data (a wrap cannot be moved to another recipient);
 * - the chain's commitment is keccak256(tag || keccak256(blob) || keccak256(content key)):
 *   anyone can check that a stored blob is the filed one, and a recipient can check that the
 *   key it unwrapped is the key the author committed to, so no one can hand different
 *   recipients different texts. The random key is also the commitment's salt.
 */
export type RecipientId = "citizen" | `agency:${number}`;

export interface Recipient {
  id: RecipientId;
  /** secp256k1 public key, hex (compressed or not). */
  publicKey: string;
}

/** A content key wrapped for one recipient: compressed ephemeral key, IV, ciphertext (hex). */
export interface KeyWrap {
  recipient: RecipientId;
  wrapped: string;
}

/** What is stored off chain for one document: never readable without a recipient's key. */
export interface SealedDocument {
  /** The bytes32 that goes on the chain. */
  commitment: string;
  /** Format version (1 byte), IV (12 bytes), AES-256-GCM ciphertext with its tag. */
  blob: Uint8Array;
  wraps: KeyWrap[];
  /**
   * keccak256 of the content key: with the blob it rebuilds the commitment
   * (`commitmentOfBlob`), so a store can refuse a blob filed under another document's
   * commitment without ever holding the key. Set by `sealDocument`; absent on documents
   * stored before the records kept it.
   */
  keyHash?: string;
}

export type DocumentKind = "appeal" | "answer" | "reason" | "complaint";

/** A document in clear, as its recipients read it. */
export interface AppealDocument {
  kind: DocumentKind;
  text: string;
  attachments: Attachment[];
  /**
   * The citizen's encryption public key, in appeals and complaints: the holding agency wraps
   * its answer for this key. Inside the encrypted, committed blob, so the operator cannot
   * substitute its own.
   */
  citizenPublicKey?: string;
}

const blobVersion = 1;
const ivBytes = 12;
const commitTag = toUtf8Bytes("ishonch.appeals.v1.commit");
const wrapTag = toUtf8Bytes("ishonch.appeals.v1.wrap");

export function agencyRecipient(agencyId: number): RecipientId {
  return `agency:${agencyId}`;
}

/** A new key pair for an agency's appeals (kept by its officers; the public half is published). */
export function generateAgencyKeyPair(): { privateKey: string; publicKey: string } {
  const key = new SigningKey(randomBytes(32));
  return { privateKey: key.privateKey, publicKey: key.compressedPublicKey };
}

/**
 * The demo agencies' key pairs on local dev chains (chain id 31337): HMAC-SHA256 of a public
 * master key and "agency:<id>", so the devnet, both apps and the tests agree without sharing
 * a file. Public, like Hardhat's development accounts: never use them on a real network,
 * where each agency generates its own pair and publishes the public half.
 */
export const DEV_APPEALS_MASTER_KEY = keccak256(toUtf8Bytes("ishonch-dev-appeals-master-key"));
export const DEV_APPEALS_CHAIN_ID = 31337;

export function devAgencyKeyPair(agencyId: number): { privateKey: string; publicKey: string } {
  const key = new SigningKey(
    computeHmac("sha256", DEV_APPEALS_MASTER_KEY, toUtf8Bytes(`agency:${agencyId}`)),
  );
  return { privateKey: key.privateKey, publicKey: key.compressedPublicKey };
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

async function aesGcm(
  mode: "encrypt" | "decrypt",
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
  additionalData: Uint8Array = new Uint8Array(),
): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey("raw", new Uint8Array(key), "AES-GCM", false, [
    mode,
  ]);
  const params = {
    name: "AES-GCM",
    iv: new Uint8Array(iv),
    additionalData: new Uint8Array(additionalData),
  };
  try {
    return new Uint8Array(await crypto.subtle[mode](params, cryptoKey, new Uint8Array(data)));
  } catch {
    // A wrong key and a changed ciphertext look the same to AES-GCM.
    throw new AppealInputError("ContentTampered");
  }
}

/** The commitment the chain records for a blob and its content key. */
export function documentCommitment(blob: Uint8Array, contentKey: Uint8Array): string {
  return commitmentOfBlob(blob, keccak256(contentKey));
}

/** The commitment of a blob whose content key hashes to `keyHash` (what a store can check). */
export function commitmentOfBlob(blob: Uint8Array, keyHash: string): string {
  return keccak256(concat([commitTag, keccak256(blob), keyHash]));
}

function keyEncryptionKey(sharedPoint: string, ephemeralPublicKey: string): Uint8Array {
  return getBytes(sha256(concat([wrapTag, sharedPoint, ephemeralPublicKey])));
}

async function wrapKey(contentKey: Uint8Array, recipient: Recipient): Promise<KeyWrap> {
  const ephemeral = new SigningKey(randomBytes(32));
  const kek = keyEncryptionKey(
    ephemeral.computeSharedSecret(recipient.publicKey),
    ephemeral.compressedPublicKey,
  );
  const iv = randomBytes(ivBytes);
  const ciphertext = await aesGcm("encrypt", kek, iv, contentKey, toUtf8Bytes(recipient.id));
  return {
    recipient: recipient.id,
    wrapped: hexlify(concat([ephemeral.compressedPublicKey, iv, ciphertext])),
  };
}

async function unwrapKey(wrap: KeyWrap, privateKey: string): Promise<Uint8Array> {
  const bytes = getBytes(wrap.wrapped);
  const ephemeralPublicKey = hexlify(bytes.subarray(0, 33));
  const iv = bytes.subarray(33, 33 + ivBytes);
  const kek = keyEncryptionKey(
    new SigningKey(privateKey).computeSharedSecret(ephemeralPublicKey),
    ephemeralPublicKey,
  );
  return aesGcm("decrypt", kek, iv, bytes.subarray(33 + ivBytes), toUtf8Bytes(wrap.recipient));
}

interface DocumentJson {
  kind: DocumentKind;
  text: string;
  attachments: { name: string; mediaType: AttachmentMediaType; data: string }[];
  citizenPublicKey?: string;
}

/** Encrypts a document for its recipients (at least one). */
export async function sealDocument(
  document: AppealDocument,
  recipients: readonly Recipient[],
): Promise<SealedDocument> {
  const json: DocumentJson = {
    ...document,
    attachments: document.attachments.map((file) => ({
      name: file.name,
      mediaType: file.mediaType,
      data: encodeBase64(file.data),
    })),
  };
  const contentKey = randomBytes(32);
  const iv = randomBytes(ivBytes);
  const ciphertext = await aesGcm("encrypt", contentKey, iv, toUtf8Bytes(JSON.stringify(json)));
  const blob = getBytes(concat([new Uint8Array([blobVersion]), iv, ciphertext]));
  const wraps = await Promise.all(recipients.map((recipient) => wrapKey(contentKey, recipient)));
  return {
    commitment: documentCommitment(blob, contentKey),
    blob,
    wraps,
    keyHash: keccak256(contentKey),
  };
}

/** The content key of a sealed document, after checking it against the chain's commitment. */
async function contentKeyFor(
  sealed: SealedDocument,
  recipient: RecipientId,
  privateKey: string,
): Promise<Uint8Array> {
  // A recipient may hold several wraps (the records keep each version, never replacing one):
  // the first whose key opens the committed document is the right one.
  const wraps = sealed.wraps.filter((candidate) => candidate.recipient === recipient);
  if (wraps.length === 0) throw new AppealInputError("ContentUnavailable", { recipient });
  for (const wrap of wraps) {
    const contentKey = await unwrapKey(wrap, privateKey).catch(() => null);
    if (
      contentKey &&
      documentCommitment(sealed.blob, contentKey) === sealed.commitment.toLowerCase()
    ) {
      return contentKey;
    }
  }
  throw new AppealInputError("ContentTampered");
}

/**
 * Decrypts a document as one of its recipients. `sealed.commitment` must be the one read
 * from the chain, so that a blob or a wrap changed in the database is refused.
 */
export async function openDocument(
  sealed: SealedDocument,
  recipient: RecipientId,
  privateKey: string,
): Promise<AppealDocument> {
  const contentKey = await contentKeyFor(sealed, recipient, privateKey);
  if (sealed.blob[0] !== blobVersion) throw new AppealInputError("ContentTampered");
  const plain = await aesGcm(
    "decrypt",
    contentKey,
    sealed.blob.subarray(1, 1 + ivBytes),
    sealed.blob.subarray(1 + ivBytes),
  );
  const json = JSON.parse(toUtf8String(plain)) as DocumentJson;
  return {
    ...json,
    attachments: json.attachments
      .filter((file) => (attachmentMediaTypes as readonly string[]).includes(file.mediaType))
      .map((file) => ({ ...file, data: decodeBase64(file.data) })),
  };
}

/**
 * Gives one more recipient access (forwarding to another agency, escalation to the
 * superior): done by someone who can already open the document, so no one else ever holds
 * the content key.
 */
export async function addRecipient(
  sealed: SealedDocument,
  opener: RecipientId,
  openerPrivateKey: string,
  recipient: Recipient,
): Promise<KeyWrap> {
  return wrapKey(await contentKeyFor(sealed, opener, openerPrivateKey), recipient);
}
