import {
  organizationTypeNames,
  regionNames,
  staffRoleNames,
  validateOrganizationName,
  type Address,
  type OrganizationTypeName,
  type RegionName,
  type StaffRoleName,
} from "@ishonch/sdk";
import {
  appProblem,
  parseAccount,
  parseChoice,
  parseOrganizationId,
  type FieldProblem,
  type Parsed,
} from "../../shared/ui/forms";

/** The registrar's and the administrators' forms, checked before anything is signed. */

export interface RegisterInput {
  orgType: string;
  region: string;
  parentId: string;
  name: string;
}

export interface RegisterValue {
  orgType: OrganizationTypeName;
  region: RegionName;
  /** 0 for a top-level organization. */
  parentId: number;
  name: string;
}

/** The register-organization form; the name is trimmed, then checked as the contract does. */
export function parseRegisterForm(
  input: RegisterInput,
): Parsed<RegisterValue, keyof RegisterInput> {
  const problems: Partial<Record<keyof RegisterInput, FieldProblem>> = {};
  const orgType = parseChoice(organizationTypeNames, input.orgType);
  if (!orgType) problems.orgType = appProblem("choiceRequired");
  const region = parseChoice(regionNames, input.region);
  if (!region) problems.region = appProblem("choiceRequired");
  const parentId =
    input.parentId === "" || input.parentId === "0" ? 0 : parseOrganizationId(input.parentId);
  if (parentId === null) problems.parentId = appProblem("choiceRequired");
  const name = input.name.trim();
  const nameError = validateOrganizationName(name);
  if (nameError) problems.name = { kind: "sdk", error: nameError };
  if (!orgType || !region || parentId === null || nameError) return { ok: false, problems };
  return { ok: true, value: { orgType, region, parentId, name } };
}

export interface StaffInput {
  orgId: string;
  role: string;
  account: string;
}

export interface StaffValue {
  orgId: number;
  role: StaffRoleName;
  account: Address;
}

/** The grant/revoke staff role form. */
export function parseStaffForm(input: StaffInput): Parsed<StaffValue, keyof StaffInput> {
  const problems: Partial<Record<keyof StaffInput, FieldProblem>> = {};
  const orgId = parseOrganizationId(input.orgId);
  if (orgId === null) problems.orgId = appProblem("organizationRequired");
  const role = parseChoice(staffRoleNames, input.role);
  if (!role) problems.role = appProblem("choiceRequired");
  const account = parseAccount(input.account);
  if (!account.ok) problems.account = account.problem;
  if (orgId === null || !role || !account.ok) return { ok: false, problems };
  return { ok: true, value: { orgId, role, account: account.address } };
}
