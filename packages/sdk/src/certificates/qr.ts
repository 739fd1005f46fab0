// The QR code of a diploma: a link to the citizen app's verify page whose fragment holds the
// id of an encrypted copy of the document and the key to open it. Browsers never send the
// fragment to a server, so the store holds ciphertext it cannot read and the key lives only
// on the paper. AES-256-GCM through WebCrypto, in the browser and in Node alike.
import { CertificateFormatError } from "./errors.ts";
import {
  parseDiplomaDocument,
  serializeDiplomaDocument,
  type DiplomaDocument,
} from "./document.ts";

const ID_BYTES = 16;
const KEY_BYTES = 32;
const IV_BYTES = 12;
export const DIPLOMA_COPY_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type AesKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

function importKey(raw: Uint8Array<ArrayBuffer>): Promise<AesKey> {
  return crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]);
}

/** The id is bound into the ciphertext, so the store cannot serve one diploma under another id. */
function additionalData(id: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`ishonch.diploma:${id}`);
}

export interface EncryptedDiploma {
  /** The store's key for the ciphertext (22 base64url characters). */
  id: string;
  /** The AES-256 key (43 base64url characters): goes only into the QR code's fragment. */
  key: string;
  /** base64url(iv || AES-GCM ciphertext and tag). */
  ciphertext: string;
}

/** Encrypts a document under a fresh random key, for the citizen app's document store. */
export async function encryptDocument(document: DiplomaDocument): Promise<EncryptedDiploma> {
  const id = toBase64Url(crypto.getRandomValues(new Uint8Array(ID_BYTES)));
  const rawKey = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plaintext = new TextEncoder().encode(serializeDiplomaDocument(document));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: additionalData(id) },
    await importKey(rawKey),
    plaintext,
  );
  const ciphertext = new Uint8Array(IV_BYTES + sealed.byteLength);
  ciphertext.set(iv);
  ciphertext.set(new Uint8Array(sealed), IV_BYTES);
  return { id, key: toBase64Url(rawKey), ciphertext: toBase64Url(ciphertext) };
}

/** Opens a stored copy; fails with UndecryptableDocument on a wrong key or altered bytes. */
export async function decryptDocument(
  ciphertext: string,
  key: string,
  id: string,
): Promise<DiplomaDocument> {
  let plaintext: ArrayBuffer;
  try {
    const bytes = fromBase64Url(ciphertext);
    plaintext = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: bytes.slice(0, IV_BYTES), additionalData: additionalData(id) },
      await importKey(fromBase64Url(key)),
      bytes.slice(IV_BYTES),
    );
  } catch {
    throw new CertificateFormatError("UndecryptableDocument");
  }
  return parseDiplomaDocument(new TextDecoder().decode(plaintext));
}

/** The link printed as the diploma's QR code. */
export function diplomaQrUrl(citizenBaseUrl: string, id: string, key: string): string {
  return `${citizenBaseUrl.replace(/\/+$/, "")}/verify#${id}.${key}`;
}

/**
 * The id and key from a scanned code. Any host is accepted (the same diploma can be checked
 * on any copy of the citizen app); the path must end with /verify and the fragment be ours.
 */
export function parseDiplomaQr(text: string): { id: string; key: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new CertificateFormatError("NotIshonchCode");
  }
  const [id = "", key = "", ...rest] = url.hash.replace(/^#/, "").split(".");
  const ours =
    /^https?:$/.test(url.protocol) &&
    /\/verify\/?$/.test(url.pathname) &&
    rest.length === 0 &&
    DIPLOMA_COPY_ID_PATTERN.test(id) &&
    KEY_PATTERN.test(key);
  if (!ours) throw new CertificateFormatError("NotIshonchCode");
  return { id, key };
}
