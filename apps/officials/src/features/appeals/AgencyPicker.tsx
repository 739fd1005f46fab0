"use client";

import Link from "next/link";
import { useWords } from "../../shared/ui/locale";
import { ChainRolesSection } from "../../shared/wallet/WithChainRoles";
import { appealsPath, type AppealQueue } from "./paths";
import { appealWords } from "./words";

/**
 * The agencies the connected account acts for in appeals (AppealsOfficer or head), read
 * from the chain: each a link to its inbox. Only a guide: the contract checks every action.
 */
export function AgencyPicker({ agencyId, queue }: { agencyId: number | null; queue: AppealQueue }) {
  const m = useWords(appealWords).agency;
  return (
    <ChainRolesSection
      as="nav"
      testId="appeals-agencies"
      heading={m.fromChain}
      connectFirst={m.connectFirst}
    >
      {(roles) => {
        const agencies = roles.memberships.filter(({ roles: held }) =>
          held.some((role) => role === "AppealsOfficer" || role === "OrganizationAdmin"),
        );
        if (agencies.length === 0) return <p className="note">{m.noRole}</p>;
        return (
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
        );
      }}
    </ChainRolesSection>
  );
}
