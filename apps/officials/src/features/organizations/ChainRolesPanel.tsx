"use client";

import { format, label } from "@ishonch/i18n";
import { DataTable } from "../../shared/ui/DataTable";
import { useLocale, useWords } from "../../shared/ui/locale";
import { sharedWords } from "../../shared/ui/words";
import { ChainRolesSection } from "../../shared/wallet/WithChainRoles";
import { organizationWords } from "./words";

/** The connected account's organizations and roles, as the chain states them. */
export function ChainRolesPanel() {
  const locale = useLocale();
  const chain = useWords(sharedWords).chain;
  const m = useWords(organizationWords).roles;

  return (
    <ChainRolesSection testId="chain-roles" heading={m.heading} connectFirst={m.connectFirst}>
      {(roles) => (
        <>
          <p className="source">{format(chain.atBlock, { block: roles.blockNumber })}</p>
          <p data-testid="registrar-status">{roles.registrar ? m.registrar : m.notRegistrar}</p>
          {roles.councilMember ? <p data-testid="council-status">{m.councilMember}</p> : null}
          {roles.memberships.length === 0 ? (
            <p className="note">{m.none}</p>
          ) : (
            <DataTable columns={[m.organization, m.status, m.roles]}>
              {roles.memberships.map(({ organization, roles: held }) => (
                <tr key={organization.id}>
                  <td>{`${organization.id} · ${organization.name}`}</td>
                  <td>{label(locale, "OrganizationStatus", organization.status)}</td>
                  <td>{held.map((role) => label(locale, "StaffRole", role)).join(", ")}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </ChainRolesSection>
  );
}
