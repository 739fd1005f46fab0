"use client";

import { format, label } from "@ishonch/i18n";
import type { StaffRoleName } from "@ishonch/sdk";
import { useLocale, useWords } from "../../shared/ui/locale";
import { useChainRoles } from "../../shared/wallet/use-chain-roles";
import { diplomaWords } from "./words";

/**
 * Says before signing, from the chain, why the contract would refuse: the organization is
 * not active, or the account lacks one of `roles` in it. Only a notice: the contract decides,
 * and its refusal is shown in words if the person goes on.
 */
export function IssuerRoleNotice({
  orgId,
  roles,
}: {
  orgId: number | null;
  roles: readonly StaffRoleName[];
}) {
  const locale = useLocale();
  const m = useWords(diplomaWords);
  const chainRoles = useChainRoles();
  if (!chainRoles.data || orgId === null) return null;
  const membership = chainRoles.data.memberships.find(
    (candidate) => candidate.organization.id === orgId,
  );
  const status = membership?.organization.status;
  const missing = roles.filter((role) => !membership?.roles.includes(role));
  if (status !== undefined && status !== "Active") {
    return (
      <p className="warning" role="note" data-testid="diploma-role-notice">
        {format(m.organizationNotActive, {
          orgId,
          status: label(locale, "OrganizationStatus", status),
        })}
      </p>
    );
  }
  if (missing.length === 0) return null;
  return (
    <p className="warning" role="note" data-testid="diploma-role-notice">
      {format(m.missingRole, {
        orgId,
        roles: missing.map((role) => label(locale, "StaffRole", role)).join(", "),
      })}
    </p>
  );
}
