import { getAddress, ZeroAddress } from "ethers";
import {
  organizationTypeNames,
  regionNames,
  staffRoleNames,
  validateOrganizationName,
  type Address,
  type IshonchError,
  type OrganizationTypeName,
  type RegionName,
  type StaffRoleName,
} from "@ishonch/sdk";
import type { Messages } from "../messages";

/**
 * Checks of the officials' forms, run before anything is sent so that a typo never
 * costs a signature. The contract repeats the checks that matter and stays the authority.
 */

/** A problem with one field: the app's own words, or an SDK error with shared words. */
export type FieldProblem =
  { kind: "app"; key: keyof Messages["validation"] } | { kind: "sdk"; error: IshonchError };

export type Parsed<T, Field extends string> =
  { ok: true; value: T } | { ok: false; problems: Partial<Record<Field, FieldProblem>> };

const app = (key: keyof Messages["validation"]): FieldProblem => ({ kind: "app", key });

/** Bytes a string takes in UTF-8: the unit of the contract's name limit. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export type AccountCheck = { ok: true; address: Address } | { ok: false; problem: FieldProblem };

/**
 * An account address as typed by a person: all-lowercase or all-uppercase hex is taken
 * as is; mixed case must match its EIP-55 checksum, which catches most typos.
 */
export function parseAccount(input: string): AccountCheck {
  const text = input.trim();
  if (text === "") return { ok: false, problem: app("accountRequired") };
  if (!/^0x[0-9a-fA-F]{40}$/.test(text)) return { ok: false, problem: app("accountInvalid") };
  let address: string;
  try {
    address = getAddress(text);
  } catch {
    return { ok: false, problem: app("accountChecksum") };
  }
  if (address === ZeroAddress) return { ok: false, problem: app("accountZero") };
  return { ok: true, address: address as Address };
}

/** An organization id from a form: a positive uint32, or null. */
export function parseOrganizationId(input: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(input.trim())) return null;
  const id = Number(input.trim());
  return id <= 0xffffffff ? id : null;
}

function parseChoice<Name extends string>(names: readonly Name[], input: string): Name | null {
  return (names as readonly string[]).includes(input) ? (input as Name) : null;
}

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
  if (!orgType) problems.orgType = app("choiceRequired");
  const region = parseChoice(regionNames, input.region);
  if (!region) problems.region = app("choiceRequired");
  const parentId =
    input.parentId === "" || input.parentId === "0" ? 0 : parseOrganizationId(input.parentId);
  if (parentId === null) problems.parentId = app("choiceRequired");
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
  if (orgId === null) problems.orgId = app("organizationRequired");
  const role = parseChoice(staffRoleNames, input.role);
  if (!role) problems.role = app("choiceRequired");
  const account = parseAccount(input.account);
  if (!account.ok) problems.account = account.problem;
  if (orgId === null || !role || !account.ok) return { ok: false, problems };
  return { ok: true, value: { orgId, role, account: account.address } };
}
