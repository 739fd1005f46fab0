"use client";

import { useState } from "react";
import { useConnection, useSignMessage } from "wagmi";
import { format, formatDateTime } from "@ishonch/i18n";
import { useLocale, useWords } from "../../shared/ui/locale";
import { ServerRefusalError } from "../../shared/wallet/use-write";
import { signInWithWallet, signOut } from "./session-client";
import { useSession } from "./use-session";
import { sessionWords } from "./words";

/**
 * Sign-in for the server's records: the connected account signs one EIP-4361 message, and
 * the page shows who is signed in and until when, with a way out. Writes that store records
 * (diplomas, appeal documents) and the school's own lists need it.
 */
export function SessionPanel() {
  const locale = useLocale();
  const m = useWords(sessionWords).panel;
  const connection = useConnection();
  const { mutateAsync: signMessage } = useSignMessage();
  const { session, refresh } = useSession();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const address = connection.status === "connected" ? connection.address : undefined;
  const ours = !!session && !!address && session.address.toLowerCase() === address.toLowerCase();

  async function signIn(): Promise<void> {
    if (!address) return;
    setPending(true);
    setFailure(null);
    try {
      await signInWithWallet(address, (message) => signMessage({ account: address, message }));
    } catch (error) {
      setFailure(error instanceof ServerRefusalError ? error.message : m.rejected);
    } finally {
      setPending(false);
      await refresh();
    }
  }

  async function leave(): Promise<void> {
    await signOut();
    await refresh();
  }

  return (
    <div className="session" data-testid="session">
      {session && (
        <p data-testid="session-state">
          {format(ours ? m.signedIn : m.otherAccount, {
            address: session.address,
            until: formatDateTime(locale, new Date(session.expiresAt)),
          })}
        </p>
      )}
      {!session && <p className="note">{address ? m.intro : m.connectFirst}</p>}
      <div className="actions">
        {address && !ours && (
          <button type="button" onClick={() => void signIn()} disabled={pending}>
            {m.signIn}
          </button>
        )}
        {session && (
          <button type="button" className="secondary" onClick={() => void leave()}>
            {m.signOut}
          </button>
        )}
      </div>
      {pending && (
        <p className="pending" role="status">
          {m.signingIn}
        </p>
      )}
      {failure && (
        <p className="error" role="alert" data-testid="session-error">
          {failure}
        </p>
      )}
    </div>
  );
}
