"use client";

import { useWorkspace } from "./context";
import { useChainRoles } from "./use-chain-roles";

/**
 * Warns before signing when the chain says the account is not the registrar. Only a
 * warning: the contract decides, and its refusal is shown in words if the person goes on.
 */
export function RegistrarWarning({ unlessAdminOf }: { unlessAdminOf?: number | null }) {
  // `unlessAdminOf`: staff changes, which an administrator of that organization may also make.
  const { messages } = useWorkspace();
  const roles = useChainRoles();
  if (!roles.data || roles.data.registrar) return null;
  const isAdmin =
    unlessAdminOf != null &&
    roles.data.memberships.some(
      (membership) =>
        membership.organization.id === unlessAdminOf &&
        membership.roles.includes("OrganizationAdmin"),
    );
  if (isAdmin) return null;
  return (
    <p className="warning" role="note">
      {unlessAdminOf === undefined
        ? messages.write.notRegistrarWarning
        : messages.write.notStaffAdminWarning}
    </p>
  );
}
