/**
 * Who may read a school's issued-diploma records: its staff with one of these roles, read
 * from the chain. The officials app checks them for a signed-in session (Sign-In with
 * Ethereum) on every request.
 */
import type { StaffRoleName } from "../generated/enums.ts";

/** The staff roles that may read a school's issued diplomas. */
export const diplomaRecordRoles: readonly StaffRoleName[] = [
  "OrganizationAdmin",
  "DiplomaIssuer",
  "DiplomaRevoker",
];
