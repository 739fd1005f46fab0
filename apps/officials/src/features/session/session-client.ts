/**
 * The page's side of Sign-In with Ethereum: ask the server for a nonce, write the EIP-4361
 * message it describes (viem's createSiweMessage, already in the wallet bundle), have the
 * wallet sign it, and hand both to the server, which sets the HttpOnly session cookie.
 */
import { createSiweMessage } from "viem/siwe";
import { getAddress, type Signer } from "ethers";
import { wordsIn, type Locale } from "@ishonch/i18n";
import type { IshonchContracts } from "@ishonch/sdk";
import type { RefusalBody } from "../../shared/server/http";
import { ServerRefusalError } from "../../shared/wallet/use-write";
import type { SessionInfo, SignInChallenge } from "./server/sign-in";
import { sessionWords } from "./words";

/** The session the server holds for this browser, or null. */
export async function fetchSession(): Promise<SessionInfo | null> {
  const response = await fetch("/api/session", { cache: "no-store" });
  if (response.status === 401) return null;
  if (!response.ok) throw await refusalOf(response);
  return (await response.json()) as SessionInfo;
}

async function refusalOf(response: Response): Promise<ServerRefusalError> {
  const body = (await response.json().catch(() => null)) as RefusalBody | null;
  return new ServerRefusalError(body?.error ?? "chain", body?.message ?? response.statusText);
}

/** Signs in as `address`: one message signed in the wallet. */
export async function signInWithWallet(
  address: `0x${string}`,
  signMessage: (message: string) => Promise<string>,
): Promise<SessionInfo> {
  const nonceResponse = await fetch("/api/session/nonce", { method: "POST", cache: "no-store" });
  if (!nonceResponse.ok) throw await refusalOf(nonceResponse);
  const challenge = (await nonceResponse.json()) as SignInChallenge;
  const now = new Date();
  const message = createSiweMessage({
    address: getAddress(address) as `0x${string}`,
    chainId: challenge.chainId,
    domain: challenge.domain,
    nonce: challenge.nonce,
    uri: challenge.uri,
    version: "1",
    issuedAt: now,
    expirationTime: new Date(now.getTime() + 8 * 60 * 60 * 1000),
    statement: "Sign in to Ishonch for officials. No transaction, no cost.",
  });
  const signature = await signMessage(message);
  const response = await fetch("/api/session", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ message, signature }),
    cache: "no-store",
  });
  if (!response.ok) throw await refusalOf(response);
  return (await response.json()) as SessionInfo;
}

/** Signs out on the server (the cookie is cleared). */
export async function signOut(): Promise<void> {
  await fetch("/api/session", { method: "DELETE", cache: "no-store" });
}

/**
 * Refuses, in the server's words, to start a write whose records need a session that this
 * browser does not have for the signing account: checked before anything goes on chain.
 */
export async function requireSession(contracts: IshonchContracts, locale: Locale): Promise<void> {
  const signer = contracts.organizationRegistry.runner as Signer;
  const [session, address] = await Promise.all([fetchSession(), signer.getAddress()]);
  if (session && session.address.toLowerCase() === address.toLowerCase()) return;
  throw new ServerRefusalError("noSession", wordsIn(locale, sessionWords).refusal.noSession);
}
