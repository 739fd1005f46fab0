/**
 * Who is who in the queue without personal data on chain: the child's keyed tag, the
 * parent's secret and the signing key derived from it. Pure functions (ethers only), so
 * that the relayer, the devnet seed and tests all derive exactly the same values.
 */
import {
  Wallet,
  computeHmac,
  getBytes,
  hexlify,
  keccak256,
  randomBytes,
  toUtf8Bytes,
} from "ethers";
import type { Address } from "../deployment.ts";
import { ConfigurationError, InvalidArgumentError } from "../error-base.ts";

/**
 * A child's id (birth certificate or personal number) as it is tagged: Unicode NFKC,
 * upper case, letters and digits only, so that "i-tn 123 45 67" and "I-TN1234567" are one child.
 */
export function normaliseChildId(childId: string): string {
  return childId
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Shortest and longest normalised child id accepted (certificate series and number). */
export const CHILD_ID_MIN_LENGTH = 6;
export const CHILD_ID_MAX_LENGTH = 32;

/** Whether the id, once normalised, has a plausible length to be tagged. */
export function isChildId(childId: string): boolean {
  const length = normaliseChildId(childId).length;
  return length >= CHILD_ID_MIN_LENGTH && length <= CHILD_ID_MAX_LENGTH;
}

/**
 * The child's tag: HMAC-SHA256 of the normalised id under the district's 32-byte key. The
 * key is held by the district's relayer, never on chain, so nobody can recover an id from
 * a tag by trying all ids; being deterministic, it lets the contract refuse a second
 * application for the same child.
 */
export function childTag(districtKey: string, childId: string): `0x${string}` {
  if (!isChildId(childId))
    throw new InvalidArgumentError("childTag: not a child id (check isChildId first)");
  const key = getBytes(districtKey);
  if (key.length !== 32)
    throw new InvalidArgumentError("childTag: the district key must be 32 bytes");
  return computeHmac("sha256", key, toUtf8Bytes(normaliseChildId(childId))) as `0x${string}`;
}

/**
 * The district master key of local dev chains (chain id 31337) when ISHONCH_QUEUE_KEY is
 * unset: public, like Hardhat's development accounts. Never use it on a real network.
 */
export const DEV_QUEUE_MASTER_KEY = keccak256(toUtf8Bytes("ishonch-dev-queue-master-key"));
const DEV_CHAIN_ID = 31337;

/**
 * One district's key from the authority's master key: HMAC-SHA256(master, "district:" + id),
 * so that one secret in the relayer's environment serves every district and a leaked
 * district key reveals no other district's tags.
 */
export function districtKeyFrom(masterKey: string, district: number): `0x${string}` {
  const master = getBytes(masterKey);
  if (master.length !== 32)
    throw new ConfigurationError("ISHONCH_QUEUE_KEY must be 32 bytes of hex (0x + 64)");
  return computeHmac("sha256", master, toUtf8Bytes(`district:${district}`)) as `0x${string}`;
}

/**
 * The district key from the relayer's environment: ISHONCH_QUEUE_KEY (0x + 64 hex), or,
 * on a local dev chain only, DEV_QUEUE_MASTER_KEY. Fails on any other chain without it.
 */
export function districtKeyFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  chainId: number,
  district: number,
): `0x${string}` {
  const configured = env.ISHONCH_QUEUE_KEY;
  if (configured) return districtKeyFrom(configured, district);
  if (chainId === DEV_CHAIN_ID) return districtKeyFrom(DEV_QUEUE_MASTER_KEY, district);
  throw new ConfigurationError(
    "ISHONCH_QUEUE_KEY is not set: the district keys of this chain are unknown",
  );
}

/** Crockford's base32: no I, L, O, U, so that a secret read aloud or retyped survives. */
const SECRET_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const SECRET_GROUPS = 5;
const SECRET_GROUP_LENGTH = 4;
const SECRET_LENGTH = SECRET_GROUPS * SECRET_GROUP_LENGTH;

/** A new parent secret: 5 groups of 4 base32 characters (100 random bits), e.g. 7K2M-…. */
export function generateParentSecret(): string {
  const bytes = randomBytes(SECRET_LENGTH);
  // 256 is a multiple of 32: every character is equally likely.
  const characters = Array.from(bytes, (byte) => SECRET_ALPHABET[byte % 32]!).join("");
  return formatParentSecret(characters);
}

/** The secret as typed by a parent: upper case, without spaces or dashes, O→0, I/L→1. */
export function normaliseParentSecret(secret: string): string {
  return secret.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/** Whether a typed secret has the right shape (it may still be someone else's). */
export function isParentSecret(secret: string): boolean {
  const normalised = normaliseParentSecret(secret);
  return (
    normalised.length === SECRET_LENGTH &&
    [...normalised].every((character) => SECRET_ALPHABET.includes(character))
  );
}

/** The secret in groups of four, for printing. */
export function formatParentSecret(secret: string): string {
  const normalised = normaliseParentSecret(secret);
  return normalised.match(new RegExp(`.{1,${SECRET_GROUP_LENGTH}}`, "g"))?.join("-") ?? "";
}

/**
 * The parent's signing key: keccak256("ishonch-queue-parent:" + normalised secret) used as
 * a secp256k1 private key. Only its address (the application's parentKey) goes on chain.
 */
export function parentKeyFromSecret(secret: string): Wallet {
  if (!isParentSecret(secret))
    throw new InvalidArgumentError("not a parent secret (check isParentSecret first)");
  const seed = keccak256(toUtf8Bytes(`ishonch-queue-parent:${normaliseParentSecret(secret)}`));
  return new Wallet(hexlify(seed));
}

/** The address stored on chain as the application's parentKey. */
export function parentKeyAddress(secret: string): Address {
  return parentKeyFromSecret(secret).address as Address;
}
