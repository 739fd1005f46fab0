"use client";

import { useId, useSyncExternalStore } from "react";
import { useConnect, useConnection, useConnectors, useDisconnect, useSwitchChain } from "wagmi";
import type { Connector } from "wagmi";
import { decodeError } from "@ishonch/sdk";
import { errorMessage, format } from "@ishonch/i18n";
import { SessionPanel } from "../../features/session/SessionPanel";
import { useLocale, useWords } from "../ui/locale";
import { useDeployment } from "./WalletProvider";
import { walletWords } from "./words";

const noSubscription = () => () => {};

/** True in the browser after hydration; wallets exist only there. */
function useIsClient(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * Wallets announced through EIP-6963 (each its own injected connector); the generic
 * `window.ethereum` connector only when no wallet announced itself.
 */
function walletsToOffer(connectors: readonly Connector[]): Connector[] {
  const announced = connectors.filter((connector) => connector.id !== "injected");
  if (announced.length > 0) return announced;
  const hasWindowEthereum = typeof window !== "undefined" && "ethereum" in window;
  return hasWindowEthereum ? connectors.filter((connector) => connector.id === "injected") : [];
}

/** Lists the browser's wallets, connects and disconnects, and guards the network. */
export function WalletPanel() {
  const deployment = useDeployment();
  const locale = useLocale();
  const m = useWords(walletWords).panel;
  const headingId = useId();
  const isClient = useIsClient();
  const connection = useConnection();
  const connectors = useConnectors();
  const connect = useConnect();
  const disconnect = useDisconnect();
  const switchChain = useSwitchChain();

  const failure = connect.error ?? switchChain.error ?? disconnect.error;
  const wrongNetwork =
    connection.status === "connected" && connection.chainId !== deployment.chainId;

  return (
    <section className="panel wallet" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.heading}</h2>
      {connection.status === "connected" ? (
        <>
          <dl className="facts">
            <dt>{m.account}</dt>
            <dd className="mono" data-testid="connected-account">
              {connection.address}
            </dd>
            <dt>{m.network}</dt>
            <dd>
              {wrongNetwork
                ? String(connection.chainId)
                : format(m.networkOk, { chainId: deployment.chainId })}
            </dd>
          </dl>
          {wrongNetwork && (
            <div className="wrong-network" role="alert" data-testid="wrong-network">
              <p className="error-title">
                {format(m.wrongNetwork, { chainId: deployment.chainId })}
              </p>
              <p>{format(m.currentChain, { chainId: String(connection.chainId) })}</p>
              <button
                type="button"
                onClick={() => switchChain.mutate({ chainId: deployment.chainId })}
                disabled={switchChain.isPending}
              >
                {switchChain.isPending ? m.switching : m.switchNetwork}
              </button>
            </div>
          )}
          <button type="button" className="secondary" onClick={() => disconnect.mutate({})}>
            {m.disconnect}
          </button>
          <SessionPanel />
        </>
      ) : isClient ? (
        <WalletList
          wallets={walletsToOffer(connectors)}
          pending={connection.status === "connecting" || connect.isPending}
          onConnect={(connector) => connect.mutate({ connector })}
        />
      ) : null}
      {failure && (
        <p className="error" role="alert" data-testid="wallet-error">
          {errorMessage(locale, decodeError(failure))}
        </p>
      )}
    </section>
  );
}

function WalletList(props: {
  wallets: Connector[];
  pending: boolean;
  onConnect: (connector: Connector) => void;
}) {
  const m = useWords(walletWords).panel;
  if (props.wallets.length === 0) return <p className="note">{m.none}</p>;
  return (
    <>
      <p id="wallet-list-label">{m.discovered}</p>
      <ul className="wallets" aria-labelledby="wallet-list-label">
        {props.wallets.map((wallet) => (
          <li key={wallet.uid}>
            <button type="button" onClick={() => props.onConnect(wallet)} disabled={props.pending}>
              {wallet.icon && <img src={wallet.icon} alt="" width={20} height={20} />}
              {format(m.connect, { name: wallet.name })}
            </button>
          </li>
        ))}
      </ul>
      {props.pending && (
        <p className="pending" role="status">
          {m.connecting}
        </p>
      )}
    </>
  );
}
