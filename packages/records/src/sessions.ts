/**
 * The officials app's Sign-In with Ethereum, kept server side: a nonce is handed out for one
 * sign-in message, bound to the app's domain and the chain, used once and only for a few
 * minutes; the session it opens is a random token in an HttpOnly cookie, stored here only
 * as its SHA-256, so that whoever reads the database cannot sign in as anyone.
 */
import { createHash, randomBytes } from "node:crypto";
import type { RecordsDatabase } from "./database.ts";

/** How long a sign-in nonce can be used: the time to read and sign one message. */
export const SIGN_IN_NONCE_TTL_MS = 5 * 60 * 1000;
/** The longest a session lasts, whatever the signed message asks: one working day. */
export const MAX_SESSION_MS = 8 * 60 * 60 * 1000;
/** Used and expired nonces are deleted this long after they expire. */
const NONCE_KEPT_MS = 24 * 60 * 60 * 1000;

/** Where a nonce or session belongs: the app's domain (host[:port]) and the chain id. */
export interface SignInScope {
  domain: string;
  chainId: number;
}

export interface SignInNonce {
  /** 32 hex characters: EIP-4361 asks for at least 8 alphanumerics. */
  nonce: string;
  expiresAt: Date;
}

export interface OfficialsSession {
  address: string;
  chainId: number;
  expiresAt: Date;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh nonce for one sign-in message in `scope`; old nonces are swept on the way. */
export async function issueSignInNonce(
  records: RecordsDatabase,
  scope: SignInScope,
  now: Date = new Date(),
): Promise<SignInNonce> {
  const nonce = randomBytes(16).toString("hex");
  const expiresAt = new Date(now.getTime() + SIGN_IN_NONCE_TTL_MS);
  await records.prisma.$transaction([
    records.prisma.officialsSignInNonce.deleteMany({
      where: { expiresAt: { lt: new Date(now.getTime() - NONCE_KEPT_MS) } },
    }),
    records.prisma.officialsSignInNonce.create({
      data: { nonce, domain: scope.domain, chainId: scope.chainId, issuedAt: now, expiresAt },
    }),
  ]);
  return { nonce, expiresAt };
}

/**
 * Uses a nonce, once: true only if it was handed out for `scope`, is unexpired and unused.
 * One conditional update, so two requests racing with the same message cannot both win.
 */
export async function useSignInNonce(
  records: RecordsDatabase,
  nonce: string,
  scope: SignInScope,
  now: Date = new Date(),
): Promise<boolean> {
  const { count } = await records.prisma.officialsSignInNonce.updateMany({
    where: {
      nonce,
      domain: scope.domain,
      chainId: scope.chainId,
      usedAt: null,
      expiresAt: { gt: now },
    },
    data: { usedAt: now },
  });
  return count === 1;
}

/** Opens a session for `address` until `expiresAt`; returns the token for the cookie. */
export async function openOfficialsSession(
  records: RecordsDatabase,
  session: OfficialsSession & { domain: string },
  now: Date = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await records.prisma.officialsSession.create({
    data: {
      tokenHash: hashToken(token),
      address: session.address.toLowerCase(),
      chainId: session.chainId,
      domain: session.domain,
      signedInAt: now,
      expiresAt: session.expiresAt,
    },
  });
  return token;
}

/** The session a cookie's token opens, or null (unknown, expired or signed out). */
export async function officialsSessionOf(
  records: RecordsDatabase,
  token: string,
  scope: SignInScope,
  now: Date = new Date(),
): Promise<OfficialsSession | null> {
  const row = await records.prisma.officialsSession.findUnique({
    where: { tokenHash: hashToken(token) },
  });
  if (!row || row.endedAt !== null || row.expiresAt <= now) return null;
  if (row.domain !== scope.domain || row.chainId !== scope.chainId) return null;
  return { address: row.address, chainId: row.chainId, expiresAt: row.expiresAt };
}

/** Signs out: the token opens nothing any more. */
export async function endOfficialsSession(
  records: RecordsDatabase,
  token: string,
  now: Date = new Date(),
): Promise<void> {
  await records.prisma.officialsSession.updateMany({
    where: { tokenHash: hashToken(token), endedAt: null },
    data: { endedAt: now },
  });
}
