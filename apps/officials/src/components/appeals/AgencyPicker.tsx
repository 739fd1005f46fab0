"use client";

import { useId } from "react";
import Link from "next/link";
import { useConnection } from "wagmi";
import { decodeError } from "@ishonch/sdk";
import { errorMessage } from "@ishonch/i18n";
import { useWorkspace } from "../workspace/context";
import { useChainRoles } from "../workspace/use-chain-roles";
import { appealsPath, type AppealQueue } from "./paths";

/**
 * The agencies the connected account acts for in appeals (AppealsOfficer or head), read
 * from the chain: each a link to its inbox. Only a guide: the contract checks every action.
 */
export function AgencyPicker({ agencyId, queue }: { agencyId: number | null; queue: AppealQueue }) {
  const { deployment, locale, messages } = useWorkspace();
  const m = messages.appeals.agency;
  const headingId = useId();
  const connection = useConnection();
  const roles = useChainRoles();
  const onChain = connection.status === "connected" && connection.chainId === deployment.chainId;
  const agencies = (roles.data?.memberships ?? []).filter(({ roles: held }) =>
    held.some((role) => role === "AppealsOfficer" || role === "OrganizationAdmin"),
  );

  return (
    <nav className="panel" aria-labelledby={headingId} data-testid="appeals-agencies">
      <h2 id={headingId}>
        {m.fromChain} <span className="badge chain">{messages.roles.source}</span>
      </h2>
      {!onChain ? (
        <p className="note">{m.connectFirst}</p>
      ) : roles.isPending ? (
        <p className="pending" role="status">
          {messages.roles.loading}
        </p>
      ) : roles.isError ? (
        <p className="error" role="alert">
          {errorMessage(locale, decodeError(roles.error))}
        </p>
      ) : agencies.length === 0 ? (
        <p className="note">{m.noRole}</p>
      ) : (
        <ul>
          {agencies.map(({ organization }) => (
            <li key={organization.id}>
              <Link
                href={appealsPath(organization.id, queue)}
                aria-current={organization.id === agencyId ? "page" : undefined}
              >
                {`${organization.id} · ${organization.name}`}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
