/**
 * Who is asking: the signed-in official (a session opened by Sign-In with Ethereum, see
 * sign-in.ts) and, for each write or private read, that account's staff role in the
 * organization concerned, read from the chain on every request. Never from the index, never
 * from the wallet the page says it has.
 */
import { isLimitRefusal, type LimitRefusal } from "@ishonch/i18n";
import {
  officialsSessionOf,
  sharedRecords,
  takeFromLimit,
  type LimitName,
  type OfficialsSession,
  type SignInScope,
} from "@ishonch/records";
import {
  staffRolesOf,
  type Address,
  type IshonchContracts,
  type IshonchDeployment,
  type StaffRoleName,
} from "@ishonch/sdk";
import type { Refusal } from "../words";

/** The session cookie: HttpOnly, SameSite=Strict, Secure when the app is served over https. */
export const sessionCookie = "ishonch-session";

/**
 * This app's public address, from configuration only. Never the request's Host header: the
 * caller chooses that, and could then use a message a look-alike site had signed.
 */
export function appUrl(): URL {
  return new URL(process.env.ISHONCH_OFFICIALS_URL ?? "http://localhost:3001");
}

/** Where a sign-in is valid: this app's host and the deployment's chain. */
export function signInScope(deployment: IshonchDeployment): SignInScope {
  return { domain: appUrl().host, chainId: deployment.chainId };
}

/** A refusal with its HTTP status. */
export interface Refused {
  refusal: Refusal;
  status: number;
  /** For a limit's refusal (429): which limit, and how long to wait. */
  limit?: LimitRefusal["args"];
}

/** The session a cookie's token opens in this scope, or a 401 refusal. */
export async function sessionFor(
  token: string | undefined,
  deployment: IshonchDeployment,
): Promise<OfficialsSession | Refused> {
  if (!token || token.length > 100) return { refusal: "noSession", status: 401 };
  const session = await officialsSessionOf(await sharedRecords(), token, signInScope(deployment));
  return session ?? { refusal: "noSession", status: 401 };
}

/**
 * The signed-in account, if it holds one of `roles` in the active organization `orgId` on
 * chain and has `limit` left; else why not (401 without a session, 429 past the limit, 403
 * without the role, 503 without the chain).
 */
export async function authorizeStaff(
  token: string | undefined,
  deployment: IshonchDeployment,
  contracts: IshonchContracts,
  orgId: number,
  roles: readonly StaffRoleName[],
  limit: LimitName,
): Promise<{ address: string } | Refused> {
  const session = await sessionFor(token, deployment);
  if ("refusal" in session) return session;
  // Counted per person, before the chain is asked: a signed-in script cannot flood it.
  try {
    await takeFromLimit(await sharedRecords(), limit, session.address.toLowerCase());
  } catch (error) {
    if (!isLimitRefusal(error)) throw error;
    return { refusal: "limitReached", status: 429, limit: error.args };
  }
  try {
    if (!(await contracts.organizationRegistry.isActive(orgId))) {
      return { refusal: "organizationNotActive", status: 403 };
    }
    const held = await staffRolesOf(contracts, orgId, session.address as Address);
    if (!held.some((role) => roles.includes(role))) return { refusal: "notStaff", status: 403 };
  } catch (error) {
    console.error("officials: cannot read staff roles from the chain:", error);
    return { refusal: "chain", status: 503 };
  }
  return { address: session.address };
}
