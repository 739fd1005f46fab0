import {
  organizationStatusNames,
  organizationTypeNames,
  regionNames,
  staffRoleNames,
  type OrganizationStatusName,
  type OrganizationTypeName,
  type RegionName,
  type StaffRoleName,
} from "@ishonch/sdk";
import { parseOrganizationId } from "./forms";

/** Rows shown per list; the search narrows the rest. */
export const pageSize = 50;

export type SearchParams = Record<string, string | string[] | undefined>;

export interface OrganizationFilter {
  text?: string;
  orgType?: OrganizationTypeName;
  region?: RegionName;
  status?: OrganizationStatusName;
}

export interface StaffFilter {
  text?: string;
  orgId?: number;
  role?: StaffRoleName;
}

function single(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function oneOf<Name extends string>(names: readonly Name[], value: string): Name | undefined {
  return (names as readonly string[]).includes(value) ? (value as Name) : undefined;
}

/** The organization list's search form (query `org*` parameters); unknown values are ignored. */
export function organizationFilter(params: SearchParams): OrganizationFilter {
  const text = single(params, "orgText");
  return {
    ...(text ? { text } : {}),
    orgType: oneOf(organizationTypeNames, single(params, "orgType")),
    region: oneOf(regionNames, single(params, "orgRegion")),
    status: oneOf(organizationStatusNames, single(params, "orgStatus")),
  };
}

/** The staff list's search form (query `staff*` parameters); unknown values are ignored. */
export function staffFilter(params: SearchParams): StaffFilter {
  const text = single(params, "staffText");
  const orgId = parseOrganizationId(single(params, "staffOrg")) ?? undefined;
  return {
    ...(text ? { text } : {}),
    ...(orgId !== undefined ? { orgId } : {}),
    role: oneOf(staffRoleNames, single(params, "staffRole")),
  };
}
