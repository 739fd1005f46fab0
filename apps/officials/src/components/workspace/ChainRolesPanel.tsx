"use client";

import { useId } from "react";
import { useConnection } from "wagmi";
import { decodeError } from "@ishonch/sdk";
import { errorMessage, format, label } from "@ishonch/i18n";
import { useWorkspace } from "./context";
import { useChainRoles } from "./use-chain-roles";

/** The connected account's organizations and roles, as the chain states them. */
export function ChainRolesPanel() {
  const { deployment, locale, messages } = useWorkspace();
  const m = messages.roles;
  const headingId = useId();
  const connection = useConnection();
  const roles = useChainRoles();
  const onChain = connection.status === "connected" && connection.chainId === deployment.chainId;

  return (
    <section className="panel" aria-labelledby={headingId} data-testid="chain-roles">
      <h2 id={headingId}>
        {m.heading} <span className="badge chain">{m.source}</span>
      </h2>
      {!onChain ? (
        <p className="note">{m.connectFirst}</p>
      ) : roles.isPending ? (
        <p className="pending" role="status">
          {m.loading}
        </p>
      ) : roles.isError ? (
        <p className="error" role="alert">
          {errorMessage(locale, decodeError(roles.error))}
        </p>
      ) : (
        <>
          <p className="source">{format(m.atBlock, { block: roles.data.blockNumber })}</p>
          <p data-testid="registrar-status">
            {roles.data.registrar ? m.registrar : m.notRegistrar}
          </p>
          {roles.data.councilMember ? <p data-testid="council-status">{m.councilMember}</p> : null}
          {roles.data.memberships.length === 0 ? (
            <p className="note">{m.none}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{m.organization}</th>
                  <th scope="col">{m.status}</th>
                  <th scope="col">{m.roles}</th>
                </tr>
              </thead>
              <tbody>
                {roles.data.memberships.map(({ organization, roles: held }) => (
                  <tr key={organization.id}>
                    <td>{`${organization.id} · ${organization.name}`}</td>
                    <td>{label(locale, "OrganizationStatus", organization.status)}</td>
                    <td>{held.map((role) => label(locale, "StaffRole", role)).join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
