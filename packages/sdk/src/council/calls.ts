/**
 * The calls a council proposes, as call data for the registry: built here so that a member's
 * page and a script propose exactly the transaction the registrar would have sent, and read
 * back so that every member sees in words what a proposal would do before approving it.
 */
import { contractInterface } from "../contracts.ts";
import type { Address } from "../deployment.ts";
import {
  OrganizationStatus,
  organizationStatusNames,
  organizationTypeNames,
  regionNames,
  type OrganizationStatusName,
  type OrganizationTypeName,
  type RegionName,
} from "../generated/enums.ts";
import { validateOrganizationName, type NewOrganization } from "../organizations.ts";

/** A call the council may propose: the contract it calls and the call data. */
export interface CouncilCall {
  target: Address;
  data: string;
}

/** A proposal's call, decoded when it is one of the registry's calls the SDK knows. */
export type DecodedCouncilCall =
  | {
      kind: "registerOrganization";
      orgType: OrganizationTypeName;
      region: RegionName;
      parentId: number | null;
      name: string;
    }
  | { kind: "grantOrganizationAdmin"; orgId: number; account: Address }
  | { kind: "setOrganizationStatus"; orgId: number; status: OrganizationStatusName }
  | { kind: "other"; target: Address; selector: string };

const registry = () => contractInterface("OrganizationRegistry");

/** Call data accrediting an organization; the registry's name rules are checked first. */
export function registerOrganizationCall(
  registryAddress: Address,
  organization: NewOrganization,
): CouncilCall {
  const invalid = validateOrganizationName(organization.name);
  if (invalid) throw invalid;
  const data = registry().encodeFunctionData("registerOrganization", [
    organization.orgType,
    organization.region,
    organization.parentId ?? 0,
    organization.name,
  ]);
  return { target: registryAddress, data };
}

/** Call data appointing an organization's administrator. */
export function grantOrganizationAdminCall(
  registryAddress: Address,
  orgId: number,
  account: Address,
): CouncilCall {
  const data = registry().encodeFunctionData("grantOrganizationAdmin", [orgId, account]);
  return { target: registryAddress, data };
}

/** Call data suspending or reactivating an organization. */
export function setOrganizationStatusCall(
  registryAddress: Address,
  orgId: number,
  status: OrganizationStatusName,
): CouncilCall {
  const data = registry().encodeFunctionData("setOrganizationStatus", [
    orgId,
    OrganizationStatus[status],
  ]);
  return { target: registryAddress, data };
}

/** What a proposal's call does, for the registry's calls; `other` for anything else. */
export function decodeCouncilCall(registryAddress: Address, call: CouncilCall): DecodedCouncilCall {
  const other: DecodedCouncilCall = {
    kind: "other",
    target: call.target,
    selector: call.data.slice(0, 10),
  };
  if (call.target.toLowerCase() !== registryAddress.toLowerCase()) return other;
  const parsed = registry().parseTransaction({ data: call.data });
  switch (parsed?.name) {
    case "registerOrganization": {
      const [orgType, region, parentId, name] = parsed.args as unknown as [
        bigint,
        bigint,
        bigint,
        string,
      ];
      return {
        kind: "registerOrganization",
        orgType: organizationTypeNames[Number(orgType)]!,
        region: regionNames[Number(region)]!,
        parentId: parentId === 0n ? null : Number(parentId),
        name,
      };
    }
    case "grantOrganizationAdmin": {
      const [orgId, account] = parsed.args as unknown as [bigint, Address];
      return { kind: "grantOrganizationAdmin", orgId: Number(orgId), account };
    }
    case "setOrganizationStatus": {
      const [orgId, status] = parsed.args as unknown as [bigint, bigint];
      return {
        kind: "setOrganizationStatus",
        orgId: Number(orgId),
        status: organizationStatusNames[Number(status)]!,
      };
    }
    default:
      return other;
  }
}
