import { SigningKey, Wallet, concat, keccak256, toUtf8Bytes } from "ethers";
import type { Address } from "../deployment.ts";
import { AppealInputError } from "./errors.ts";

/**
 * The citizen's secret: 15 random bytes (120 bits) written as 24 Crockford base32 letters in
 * six groups of four ("7KQ2-M9XD-..."). No letters I, L, O, U, so it reads aloud and types
 * well on a phone; on input, case, spaces and dashes do not matter and O/I/L read as 0/1/1.
 *
 * Key derivation, the one rule (v1): each key is keccak256(tag || the 15 secret bytes) used
 * as a secp256k1 private key, with
 * - "ishonch.appeals.v1.sign": the citizen key, whose address is recorded on the appeal and
 *   which signs the EIP-712 RateAnswer / Escalate messages;
 * - "ishonch.appeals.v1.encrypt": the citizen's encryption key, to which content keys are
 *   wrapped (ECIES, see sealing.ts).
 * Two keys, so that a signature never uses the key that decrypts. The secret is random, so
 * no slow password hash is needed: 120 bits cannot be guessed.
 */
export const CITIZEN_SECRET_BYTES = 15;
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const secretLength = (CITIZEN_SECRET_BYTES * 8) / 5;

const signTag = toUtf8Bytes("ishonch.appeals.v1.sign");
const encryptTag = toUtf8Bytes("ishonch.appeals.v1.encrypt");

/** A citizen's secret in canonical form (24 letters, no dashes). */
export type CitizenSecret = string & { readonly __brand: "CitizenSecret" };

function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

function decodeBase32(text: string): Uint8Array {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const letter of text) {
    value = (value << 5) | alphabet.indexOf(letter);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Uint8Array.from(bytes);
}

/** A fresh random secret, one per appeal (so one citizen's appeals cannot be linked). */
export function generateCitizenSecret(): CitizenSecret {
  return encodeBase32(
    crypto.getRandomValues(new Uint8Array(CITIZEN_SECRET_BYTES)),
  ) as CitizenSecret;
}

/** The secret as shown to the citizen: six groups of four letters. */
export function formatCitizenSecret(secret: CitizenSecret): string {
  return secret.match(/.{4}/g)!.join("-");
}

/** A secret as typed; fails with MalformedSecret. */
export function parseCitizenSecret(value: unknown): CitizenSecret {
  const normalised = String(value ?? "")
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  const valid =
    normalised.length === secretLength && [...normalised].every((c) => alphabet.includes(c));
  if (!valid) throw new AppealInputError("MalformedSecret");
  return normalised as CitizenSecret;
}

function deriveKey(tag: Uint8Array, secret: CitizenSecret): SigningKey {
  return new SigningKey(keccak256(concat([tag, decodeBase32(secret)])));
}

/** The wallet of the citizen key: it signs RateAnswer and Escalate. */
export function citizenSigner(secret: CitizenSecret): Wallet {
  return new Wallet(deriveKey(signTag, secret));
}

/** The address recorded on the appeal as its citizen key. */
export function citizenKeyAddress(secret: CitizenSecret): Address {
  return citizenSigner(secret).address as Address;
}

/** The citizen's encryption key (its public key receives wrapped content keys). */
export function citizenEncryptionKey(secret: CitizenSecret): SigningKey {
  return deriveKey(encryptTag, secret);
}
