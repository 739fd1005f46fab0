import type { ContractTransactionReceipt } from "ethers";
import { holdsRole } from "./access.ts";
import { dateOf, eventIn, read } from "./chain.ts";
import type { IshonchContracts } from "./contracts.ts";
import type { Address } from "./deployment.ts";
import { IshonchError } from "./errors.ts";
import { send } from "./transactions.ts";
import {
  MAX_NAME_BYTES,
  REGISTRAR_ROLE,
  OrganizationStatus,
  organizationStatusNames,
  organizationTypeNames,
  regionNames,
  staffRoleNames,
  type OrganizationStatusName,
  type OrganizationType,
  type OrganizationTypeName,
  type Region,
  type RegionName,
  type StaffRole,
  type StaffRoleName,
} from "./generated/enums.ts";

// Part of the SDK's API from here since the first service; the services import them from
// ./transactions.ts.
export { checkNetwork, send } from "./transactions.ts";

/** An organization's public record as the registry holds it. */
export interface Organization {
  id: number;
  orgType: OrganizationTypeName;
  region: RegionName;
  status: OrganizationStatusName;
  /** The superior organization, or null. */
  parentId: number | null;
  registeredAt: Date;
  name: string;
}

export interface NewOrganization {
  orgType: OrganizationType;
  region: Region;
  parentId: number | null;
  name: string;
}

const utf8 = new TextEncoder();

/** The registry's name rules, checked before anything is signed. */
export function validateOrganizationName(name: string): IshonchError | null {
  const length = utf8.encode(name).length;
  if (name.trim().length === 0) return new IshonchError("EmptyOrganizationName");
  if (length > MAX_NAME_BYTES) {
    return new IshonchError("OrganizationNameTooLong", { length, maxLength: MAX_NAME_BYTES });
  }
  return null;
}

/**
 * Accredits a new organization (registrar only).
 * @returns the new organization's id and the receipt.
 */
export async function registerOrganization(
  contracts: IshonchContracts,
  organization: NewOrganization,
): Promise<{ id: number; receipt: ContractTransactionReceipt }> {
  const invalid = validateOrganizationName(organization.name);
  if (invalid) throw invalid;
  const receipt = await send(contracts, () =>
    contracts.organizationRegistry.registerOrganization(
      organization.orgType,
      organization.region,
      organization.parentId ?? 0,
      organization.name,
    ),
  );
  const event = eventIn(contracts, receipt, "OrganizationRegistry", "OrganizationRegistered");
  return { id: Number(event.args.id), receipt };
}

/** Suspends or reactivates an organization (registrar only). */
export function setOrganizationStatus(
  contracts: IshonchContracts,
  id: number,
  status: OrganizationStatusName,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () =>
    contracts.organizationRegistry.setOrganizationStatus(id, OrganizationStatus[status]),
  );
}

/** Appoints an organization's administrator (registrar only). */
export function grantOrganizationAdmin(
  contracts: IshonchContracts,
  orgId: number,
  account: Address,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () =>
    contracts.organizationRegistry.grantOrganizationAdmin(orgId, account),
  );
}

/** Removes an organization's administrator (registrar only). */
export function revokeOrganizationAdmin(
  contracts: IshonchContracts,
  orgId: number,
  account: Address,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () =>
    contracts.organizationRegistry.revokeOrganizationAdmin(orgId, account),
  );
}

/** Grants a staff role other than administrator (the organization's admin, or the registrar). */
export function grantStaffRole(
  contracts: IshonchContracts,
  orgId: number,
  role: StaffRole,
  account: Address,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () => contracts.organizationRegistry.grantStaffRole(orgId, role, account));
}

/** Revokes a staff role other than administrator (the organization's admin, or the registrar). */
export function revokeStaffRole(
  contracts: IshonchContracts,
  orgId: number,
  role: StaffRole,
  account: Address,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () =>
    contracts.organizationRegistry.revokeStaffRole(orgId, role, account),
  );
}

/** Gives up one of the signer's own staff roles. */
export function renounceStaffRole(
  contracts: IshonchContracts,
  orgId: number,
  role: StaffRole,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () => contracts.organizationRegistry.renounceStaffRole(orgId, role));
}

/** Reads one organization from the chain; fails with UnknownOrganization. */
export async function getOrganization(
  contracts: IshonchContracts,
  id: number,
): Promise<Organization> {
  const record = await read(() => contracts.organizationRegistry.getOrganization(id));
  return {
    id,
    orgType: organizationTypeNames[Number(record.orgType)]!,
    region: regionNames[Number(record.region)]!,
    status: organizationStatusNames[Number(record.status)]!,
    parentId: record.parentId === 0n ? null : Number(record.parentId),
    registeredAt: dateOf(record.registeredAt),
    name: record.name,
  };
}

/** How many organizations were ever registered (ids run from 1 to this number). */
export async function organizationCount(contracts: IshonchContracts): Promise<number> {
  return Number(await read(() => contracts.organizationRegistry.organizationCount()));
}

/** The organizations in which the account holds any staff role. */
export async function organizationsOf(
  contracts: IshonchContracts,
  account: Address,
): Promise<number[]> {
  return (await read(() => contracts.organizationRegistry.organizationsOf(account))).map(Number);
}

/** The account's staff roles in one organization. */
export async function staffRolesOf(
  contracts: IshonchContracts,
  orgId: number,
  account: Address,
): Promise<StaffRoleName[]> {
  const bits = await read(() => contracts.organizationRegistry.staffRolesOf(orgId, account));
  return staffRoleNames.filter((_, index) => (bits >> BigInt(index)) & 1n);
}

/** Whether the account may accredit organizations and appoint their administrators. */
export async function isRegistrar(contracts: IshonchContracts, account: Address): Promise<boolean> {
  return holdsRole(contracts, REGISTRAR_ROLE, account);
}
