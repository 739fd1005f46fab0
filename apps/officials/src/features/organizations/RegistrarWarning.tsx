"use client";

import { useWords } from "../../shared/ui/locale";
import { useChainRoles } from "../../shared/wallet/use-chain-roles";
import { organizationWords } from "./words";

/**
 * What a form changes: a registrar's change (accrediting, suspending, appointing an
 * administrator), or a staff role of one organization, which its administrator also manages.
 */
type GuardedChange = { kind: "registrar" } | { kind: "staff"; orgId: number | null };

const registrarChange: GuardedChange = { kind: "registrar" };

/**
 * Says before signing what the chain will make of the change for this account: nothing for
 * the registrar or the organization's administrator; that it becomes a council proposal for a
 * council member; a warning for anyone else. Only words: the contract decides, and its refusal
 * is shown in words if the person goes on.
 */
export function RegistrarWarning({ change = registrarChange }: { change?: GuardedChange }) {
  const m = useWords(organizationWords).warnings;
  const roles = useChainRoles();
  if (!roles.data || roles.data.registrar) return null;
  if (change.kind === "staff") {
    const isAdmin = roles.data.memberships.some(
      (membership) =>
        membership.organization.id === change.orgId &&
        membership.roles.includes("OrganizationAdmin"),
    );
    if (isAdmin) return null;
    return (
      <p className="warning" role="note">
        {m.notStaffAdmin}
      </p>
    );
  }
  if (roles.data.councilMember) {
    return (
      <p className="note" role="note" data-testid="council-proposal-note">
        {m.councilProposal}
      </p>
    );
  }
  return (
    <p className="warning" role="note">
      {m.notRegistrar}
    </p>
  );
}
