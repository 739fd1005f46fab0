"use client";

import { useId, type ReactNode } from "react";
import { useConnection } from "wagmi";
import { errorMessage } from "@ishonch/i18n";
import { decodeError } from "@ishonch/sdk";
import { useLocale, useWords } from "../ui/locale";
import { sharedWords } from "../ui/words";
import { useChainRoles, type ChainRoles } from "./use-chain-roles";
import { useDeployment } from "./WalletProvider";

/**
 * Shows what `children` make of the connected account's roles as the chain states them;
 * until then, that a wallet on the network is needed, that the chain is being read, or
 * why the read failed.
 */
export function WithChainRoles(props: {
  /** What to do first when no wallet is connected on the network. */
  connectFirst: string;
  children: (roles: ChainRoles) => ReactNode;
}) {
  const deployment = useDeployment();
  const locale = useLocale();
  const m = useWords(sharedWords).chain;
  const connection = useConnection();
  const roles = useChainRoles();
  if (connection.status !== "connected" || connection.chainId !== deployment.chainId) {
    return <p className="note">{props.connectFirst}</p>;
  }
  if (roles.isPending) {
    return (
      <p className="pending" role="status">
        {m.loading}
      </p>
    );
  }
  if (roles.isError) {
    return (
      <p className="error" role="alert">
        {errorMessage(locale, decodeError(roles.error))}
      </p>
    );
  }
  return props.children(roles.data);
}

/**
 * A panel of what the chain states of the connected account's roles: its heading marked
 * as read from the chain, then what `children` make of the roles (see WithChainRoles).
 */
export function ChainRolesSection(props: {
  /** `nav` when the panel's links lead to the account's pages. */
  as?: "section" | "nav";
  testId: string;
  heading: string;
  connectFirst: string;
  children: (roles: ChainRoles) => ReactNode;
}) {
  const chain = useWords(sharedWords).chain;
  const headingId = useId();
  const Panel = props.as ?? "section";
  return (
    <Panel className="panel" aria-labelledby={headingId} data-testid={props.testId}>
      <h2 id={headingId}>
        {props.heading} <span className="badge chain">{chain.source}</span>
      </h2>
      <WithChainRoles connectFirst={props.connectFirst}>{props.children}</WithChainRoles>
    </Panel>
  );
}
