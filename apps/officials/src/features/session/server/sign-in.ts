/**
 * Sign-In with Ethereum (EIP-4361) for officials. The page asks for a nonce (bound to this
 * app's domain and the chain, single use, five minutes), the wallet signs a message naming
 * it, and the server checks the message, the signature and the time, uses the nonce up and
 * opens a session: a random token in an HttpOnly, SameSite=Strict cookie. A signature is
 * thereby worth one session, once, on this site only: not a bearer token.
 */
import type { NextRequest } from "next/server";
import { SiweErrorType, SiweMessage } from "siwe";
import { z } from "zod";
import {
  MAX_SESSION_MS,
  endOfficialsSession,
  issueSignInNonce,
  openOfficialsSession,
  sharedRecords,
  useSignInNonce,
} from "@ishonch/records";
import { loadDeployment } from "../../../shared/server/deployment";
import { noStore, readJsonRequest, refuse } from "../../../shared/server/http";
import { limitRefusal } from "../../../shared/server/limits";
import { appUrl, sessionCookie, sessionFor, signInScope } from "./session";

/** What the page needs to write the message: the server decides domain, URI and chain. */
export interface SignInChallenge {
  nonce: string;
  domain: string;
  uri: string;
  chainId: number;
  expiresAt: string;
}

/** The signed-in account and until when (ISO 8601), as the page shows it. */
export interface SessionInfo {
  address: string;
  expiresAt: string;
}

const signInBody = z.strictObject({
  message: z.string().min(1).max(2_000),
  signature: z.string().regex(/^0x[0-9a-fA-F]{130}$/),
});

const MAX_SIGN_IN_BYTES = 4_096;

/** The session cookie: script cannot read it, no other site's request carries it. */
function sessionCookieHeader(value: string, expires: Date): string {
  return [
    `${sessionCookie}=${value}`,
    "Path=/",
    `Expires=${expires.toUTCString()}`,
    "HttpOnly",
    "SameSite=Strict",
    ...(appUrl().protocol === "https:" ? ["Secure"] : []),
  ].join("; ");
}

/** POST /api/session/nonce: a nonce for one sign-in message. */
export async function issueNonce(request: NextRequest): Promise<Response> {
  const deployment = loadDeployment();
  if (!deployment.ok) return refuse(request, "deployment", 503);
  // Each nonce is a stored row: a script asking for thousands is stopped here.
  const limited = await limitRefusal(request, "signIn");
  if (limited) return limited;
  const scope = signInScope(deployment.deployment);
  const { nonce, expiresAt } = await issueSignInNonce(await sharedRecords(), scope);
  const challenge: SignInChallenge = {
    nonce,
    domain: scope.domain,
    uri: appUrl().origin,
    chainId: scope.chainId,
    expiresAt: expiresAt.toISOString(),
  };
  return Response.json(challenge, { headers: noStore });
}

/** GET /api/session: who is signed in, or 401. */
export async function currentSession(request: NextRequest): Promise<Response> {
  const deployment = loadDeployment();
  if (!deployment.ok) return refuse(request, "deployment", 503);
  const session = await sessionFor(
    request.cookies.get(sessionCookie)?.value,
    deployment.deployment,
  );
  if ("refusal" in session) return refuse(request, session.refusal, session.status);
  const info: SessionInfo = {
    address: session.address,
    expiresAt: session.expiresAt.toISOString(),
  };
  return Response.json(info, { headers: noStore });
}

/** POST /api/session: a signed EIP-4361 message in, a session cookie out. */
export async function signIn(request: NextRequest): Promise<Response> {
  const deployment = loadDeployment();
  if (!deployment.ok) return refuse(request, "deployment", 503);
  const limited = await limitRefusal(request, "signIn");
  if (limited) return limited;
  const body = await readJsonRequest(request, signInBody, MAX_SIGN_IN_BYTES);
  if (!body.ok) return body.response;
  let message: SiweMessage;
  try {
    message = new SiweMessage(body.body.message);
  } catch {
    return refuse(request, "badMessage", 400);
  }
  const scope = signInScope(deployment.deployment);
  if (message.domain !== scope.domain || !sameOrigin(message.uri, appUrl().origin)) {
    return refuse(request, "otherDomain", 401);
  }
  if (message.chainId !== scope.chainId) return refuse(request, "otherChain", 401);
  const now = new Date();
  const verified = await message.verify(
    { signature: body.body.signature, domain: scope.domain, time: now.toISOString() },
    { suppressExceptions: true },
  );
  if (!verified.success) {
    const type = verified.error?.type;
    const timing =
      type === SiweErrorType.EXPIRED_MESSAGE || type === SiweErrorType.NOT_YET_VALID_MESSAGE;
    return refuse(request, timing ? "expired" : "badSignature", 401);
  }
  const records = await sharedRecords();
  // Last, so that a wrong message or signature cannot use up someone else's nonce.
  if (!(await useSignInNonce(records, message.nonce, scope, now))) {
    return refuse(request, "replayed", 401);
  }
  const longest = now.getTime() + MAX_SESSION_MS;
  const asked = message.expirationTime ? Date.parse(message.expirationTime) : NaN;
  const expiresAt = new Date(Number.isFinite(asked) ? Math.min(longest, asked) : longest);
  const token = await openOfficialsSession(
    records,
    { address: message.address, chainId: scope.chainId, domain: scope.domain, expiresAt },
    now,
  );
  const info: SessionInfo = {
    address: message.address.toLowerCase(),
    expiresAt: expiresAt.toISOString(),
  };
  return Response.json(info, {
    headers: { ...noStore, "Set-Cookie": sessionCookieHeader(token, expiresAt) },
  });
}

/** DELETE /api/session: signs out (the token opens nothing any more) and clears the cookie. */
export async function signOut(request: NextRequest): Promise<Response> {
  const token = request.cookies.get(sessionCookie)?.value;
  if (token && token.length <= 100) await endOfficialsSession(await sharedRecords(), token);
  return new Response(null, {
    status: 204,
    headers: { ...noStore, "Set-Cookie": sessionCookieHeader("", new Date(0)) },
  });
}

function sameOrigin(uri: string, origin: string): boolean {
  try {
    return new URL(uri).origin === origin;
  } catch {
    return false;
  }
}
