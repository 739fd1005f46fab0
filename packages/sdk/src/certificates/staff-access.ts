/**
 * Proof that a request for a school's own diploma records comes from that school's staff:
 * the browser asks the wallet to sign a short challenge (EIP-191 personal_sign) naming the
 * organization, the account, the app's origin and the time; the server checks the signature,
 * the time window, and on chain that the signer is staff of an active organization. The
 * challenge's exact text is defined here only, so that the page and the server cannot drift.
 */
import { getAddress, isAddress, verifyMessage } from "ethers";
import { read } from "../chain.ts";
import type { IshonchContracts } from "../contracts.ts";
import type { Address } from "../deployment.ts";
import type { StaffRoleName } from "../generated/enums.ts";
import { staffRolesOf } from "../organizations.ts";

/** How long a signed challenge opens the records: one signature serves many searches. */
export const STAFF_ACCESS_VALIDITY_MS = 10 * 60 * 1000;
/** A challenge dated this much after the server's clock is still accepted (clock drift). */
const CLOCK_DRIFT_MS = 30 * 1000;

/** The staff roles that may read a school's issued diplomas. */
export const diplomaRecordRoles: readonly StaffRoleName[] = [
  "OrganizationAdmin",
  "DiplomaIssuer",
  "DiplomaRevoker",
];

export interface StaffAccessChallenge {
  orgId: number;
  account: Address;
  /** The app's origin (scheme, host, port), so a signature made for another site is useless. */
  origin: string;
  /** ISO 8601 in UTC, as `Date.prototype.toISOString` writes it. */
  issuedAt: string;
}

export interface SignedStaffAccess extends StaffAccessChallenge {
  signature: string;
}

/** Why a request for staff records was refused (the apps turn these into words). */
export type StaffAccessRefusal =
  | "malformed"
  | "badSignature"
  | "wrongSigner"
  | "otherOrganization"
  | "otherOrigin"
  | "stale"
  | "future"
  | "organizationNotActive"
  | "notStaff";

/** What the server expects the challenge to name, and its clock. */
export interface StaffAccessExpectation {
  orgId: number;
  origin: string;
  now: Date;
}

/** A fresh challenge for the connected account. */
export function staffAccessChallenge(
  orgId: number,
  account: Address,
  origin: string,
  now: Date = new Date(),
): StaffAccessChallenge {
  return { orgId, account: getAddress(account) as Address, origin, issuedAt: now.toISOString() };
}

/** The text the wallet shows and signs. */
export function staffAccessMessage(challenge: StaffAccessChallenge): string {
  return [
    "Ishonch: open the issued diplomas of an organization to its staff.",
    `Organization: ${challenge.orgId}`,
    `Account: ${challenge.account}`,
    `App: ${challenge.origin}`,
    `Issued at: ${challenge.issuedAt}`,
  ].join("\n");
}

/** Whether a challenge issued at `issuedAt` is outside its window at `now`, and how. */
export function staffAccessTiming(issuedAt: string, now: Date): "stale" | "future" | null {
  const age = now.getTime() - Date.parse(issuedAt);
  if (age > STAFF_ACCESS_VALIDITY_MS) return "stale";
  if (age < -CLOCK_DRIFT_MS) return "future";
  return null;
}

function isWellFormed(signed: SignedStaffAccess): boolean {
  const issuedAt = new Date(signed.issuedAt);
  return (
    Number.isSafeInteger(signed.orgId) &&
    signed.orgId > 0 &&
    typeof signed.account === "string" &&
    isAddress(signed.account) &&
    typeof signed.origin === "string" &&
    typeof signed.signature === "string" &&
    /^0x[0-9a-fA-F]+$/.test(signed.signature) &&
    // Only the canonical form, so that the signed text is exactly the one rebuilt here.
    !Number.isNaN(issuedAt.getTime()) &&
    issuedAt.toISOString() === signed.issuedAt
  );
}

/**
 * The checks that need no chain: the challenge names what the server expects, is inside its
 * time window, and was signed by the account it names. Null when all hold.
 */
export function checkStaffAccessSignature(
  signed: SignedStaffAccess,
  expected: StaffAccessExpectation,
): StaffAccessRefusal | null {
  if (!isWellFormed(signed)) return "malformed";
  if (signed.orgId !== expected.orgId) return "otherOrganization";
  if (signed.origin !== expected.origin) return "otherOrigin";
  const timing = staffAccessTiming(signed.issuedAt, expected.now);
  if (timing) return timing;
  let signer: string;
  try {
    signer = verifyMessage(staffAccessMessage(signed), signed.signature);
  } catch {
    return "badSignature";
  }
  return signer === getAddress(signed.account) ? null : "wrongSigner";
}

/**
 * The whole check: the signature (above), then on chain that the organization is active and
 * the signer holds one of `diplomaRecordRoles` in it. Null when the records may be shown.
 */
export async function checkDiplomaStaffAccess(
  contracts: IshonchContracts,
  signed: SignedStaffAccess,
  expected: StaffAccessExpectation,
): Promise<StaffAccessRefusal | null> {
  const refusal = checkStaffAccessSignature(signed, expected);
  if (refusal) return refusal;
  if (!(await read(() => contracts.organizationRegistry.isActive(signed.orgId)))) {
    return "organizationNotActive";
  }
  // Active is settled above, so the roles alone decide (one read, not a canAct per role).
  const roles = await staffRolesOf(contracts, signed.orgId, signed.account);
  return roles.some((role) => diplomaRecordRoles.includes(role)) ? null : "notStaff";
}
