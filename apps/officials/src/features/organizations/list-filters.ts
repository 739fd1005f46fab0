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
import { queryText, type SearchParams } from "../../shared/server/lists";
import { parseOrganizationId } from "../../shared/ui/forms";

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

function oneOf<Name extends string>(names: readonly Name[], value: string): Name | undefined {
  return (names as readonly string[]).includes(value) ? (value as Name) : undefined;
}

/** The organization list's search form (query `org*` parameters); unknown values are ignored. */
export function organizationFilter(params: SearchParams): OrganizationFilter {
  const text = queryText(params, "orgText");
  return {
    ...(text ? { text } : {}),
    orgType: oneOf(organizationTypeNames, queryText(params, "orgType")),
    region: oneOf(regionNames, queryText(params, "orgRegion")),
    status: oneOf(organizationStatusNames, queryText(params, "orgStatus")),
  };
}

/** The staff list's search form (query `staff*` parameters); unknown values are ignored. */
export function staffFilter(params: SearchParams): StaffFilter {
  const text = queryText(params, "staffText");
  const orgId = parseOrganizationId(queryText(params, "staffOrg")) ?? undefined;
  return {
    ...(text ? { text } : {}),
    ...(orgId !== undefined ? { orgId } : {}),
    role: oneOf(staffRoleNames, queryText(params, "staffRole")),
  };
}
