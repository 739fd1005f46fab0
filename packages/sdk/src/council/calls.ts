/**
 * The calls a council proposes, as call data for the registry, the directory of services and
 * the kindergarten queue's settings: built here so that a member's page and a script propose
 * exactly the transaction the registrar (or the queue's settings role) would have sent, and
 * read back so that every member sees in words what a proposal would do before approving it.
 */
import { getAddress } from "ethers";
import { contractInterface } from "../contracts.ts";
import { sameAddress, type Address, type ContractName } from "../deployment.ts";
import { directoryServiceId, directoryServiceName } from "../directory.ts";
import { IshonchError } from "../errors.ts";
import {
  MAX_OFFER_PERIOD,
  MIN_OFFER_PERIOD,
  OrganizationStatus,
  organizationStatusNames,
  organizationTypeNames,
  regionNames,
  type OrganizationStatusName,
  type OrganizationTypeName,
  type RegionName,
} from "../generated/enums.ts";
import { validateOrganizationName, type NewOrganization } from "../organizations.ts";
import {
  GENERAL_TIER,
  type AgeGroupSetting,
  type PriorityCategorySetting,
} from "../queue/reads.ts";

/** A call the council may propose: the contract it calls and the call data. */
export interface CouncilCall {
  target: Address;
  data: string;
}

/** The contracts whose calls a proposal is decoded for, by their deployment addresses. */
export type CouncilCallTargets = Pick<
  Record<ContractName, Address>,
  "OrganizationRegistry" | "IshonchDirectory" | "KindergartenQueue"
>;

/** A proposal's call, decoded when it is one of the calls the SDK knows. */
export type DecodedCouncilCall =
  | {
      kind: "registerOrganization";
      orgType: OrganizationTypeName;
      region: RegionName;
      parentId: number | null;
      name: string;
    }
  | { kind: "grantOrganizationAdmin"; orgId: number; account: Address }
  | { kind: "revokeOrganizationAdmin"; orgId: number; account: Address }
  | { kind: "setOrganizationStatus"; orgId: number; status: OrganizationStatusName }
  | { kind: "setServiceContract"; service: string; newContract: Address }
  | { kind: "setOfferPeriod"; seconds: number }
  | ({ kind: "setPriorityCategory" } & PriorityCategorySetting)
  | ({ kind: "setAgeGroup" } & AgeGroupSetting)
  | { kind: "other"; target: Address; selector: string };

const registry = () => contractInterface("OrganizationRegistry");
const directory = () => contractInterface("IshonchDirectory");
const queue = () => contractInterface("KindergartenQueue");

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

/** Call data dismissing an organization's administrator. */
export function revokeOrganizationAdminCall(
  registryAddress: Address,
  orgId: number,
  account: Address,
): CouncilCall {
  const data = registry().encodeFunctionData("revokeOrganizationAdmin", [orgId, account]);
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

/**
 * Call data upgrading a service: the directory then lists `newContract` as the service's
 * current contract, the old one as an earlier version. The address is checked here only for
 * its form; the directory refuses an address without code or the current contract.
 */
export function setServiceContractCall(
  directoryAddress: Address,
  service: string,
  newContract: string,
): CouncilCall {
  const data = directory().encodeFunctionData("setServiceContract", [
    directoryServiceId(service),
    getAddress(newContract),
  ]);
  return { target: directoryAddress, data };
}

/**
 * The queue's own checks of a setting, made before proposing: a refused setting would fail
 * only when executed, after the approvals and the public delay. Each returns the contract's
 * error, or null when the contract would accept the value.
 */
export function validateOfferPeriod(seconds: number): IshonchError | null {
  if (!Number.isInteger(seconds) || seconds < MIN_OFFER_PERIOD || seconds > MAX_OFFER_PERIOD) {
    return new IshonchError("InvalidOfferPeriod", { period: seconds });
  }
  return null;
}

/** See validateOfferPeriod: category 0 means "no priority"; GENERAL_TIER is for the rest. */
export function validatePriorityCategory(category: PriorityCategorySetting): IshonchError | null {
  if (category.id === 0) return new IshonchError("ReservedCategory");
  if (category.tier >= GENERAL_TIER)
    return new IshonchError("InvalidTier", { tier: category.tier });
  return null;
}

/** See validateOfferPeriod: an age group spans [minMonths, maxMonths). */
export function validateAgeGroup(group: AgeGroupSetting): IshonchError | null {
  if (group.minMonths >= group.maxMonths) {
    return new IshonchError("InvalidAgeRange", {
      minMonths: group.minMonths,
      maxMonths: group.maxMonths,
    });
  }
  return null;
}

/** Call data setting how long parents have to answer offers made from then on. */
export function setOfferPeriodCall(queueAddress: Address, seconds: number): CouncilCall {
  const invalid = validateOfferPeriod(seconds);
  if (invalid) throw invalid;
  return { target: queueAddress, data: queue().encodeFunctionData("setOfferPeriod", [seconds]) };
}

/** Call data defining or changing a priority category and its tier. */
export function setPriorityCategoryCall(
  queueAddress: Address,
  category: PriorityCategorySetting,
): CouncilCall {
  const invalid = validatePriorityCategory(category);
  if (invalid) throw invalid;
  const data = queue().encodeFunctionData("setPriorityCategory", [
    category.id,
    category.tier,
    category.active,
  ]);
  return { target: queueAddress, data };
}

/** Call data defining or changing an age group. */
export function setAgeGroupCall(queueAddress: Address, group: AgeGroupSetting): CouncilCall {
  const invalid = validateAgeGroup(group);
  if (invalid) throw invalid;
  const data = queue().encodeFunctionData("setAgeGroup", [
    group.id,
    group.minMonths,
    group.maxMonths,
    group.active,
  ]);
  return { target: queueAddress, data };
}

/** A queue setting's call, decoded; `other` for the queue's other calls. */
function decodeQueueCall(call: CouncilCall, other: DecodedCouncilCall): DecodedCouncilCall {
  const parsed = queue().parseTransaction({ data: call.data });
  switch (parsed?.name) {
    case "setOfferPeriod": {
      const [seconds] = parsed.args as unknown as [bigint];
      return { kind: "setOfferPeriod", seconds: Number(seconds) };
    }
    case "setPriorityCategory": {
      const [id, tier, active] = parsed.args as unknown as [bigint, bigint, boolean];
      return { kind: "setPriorityCategory", id: Number(id), tier: Number(tier), active };
    }
    case "setAgeGroup": {
      const [id, minMonths, maxMonths, active] = parsed.args as unknown as [
        bigint,
        bigint,
        bigint,
        boolean,
      ];
      return {
        kind: "setAgeGroup",
        id: Number(id),
        minMonths: Number(minMonths),
        maxMonths: Number(maxMonths),
        active,
      };
    }
    default:
      return other;
  }
}

/** What a proposal's call does, for the calls the SDK knows; `other` for anything else. */
export function decodeCouncilCall(
  targets: CouncilCallTargets,
  call: CouncilCall,
): DecodedCouncilCall {
  const other: DecodedCouncilCall = {
    kind: "other",
    target: call.target,
    selector: call.data.slice(0, 10),
  };
  if (sameAddress(call.target, targets.IshonchDirectory)) {
    const parsed = directory().parseTransaction({ data: call.data });
    if (parsed?.name !== "setServiceContract") return other;
    const [serviceId, newContract] = parsed.args as unknown as [string, Address];
    return { kind: "setServiceContract", service: directoryServiceName(serviceId), newContract };
  }
  if (sameAddress(call.target, targets.KindergartenQueue)) {
    return decodeQueueCall(call, other);
  }
  if (!sameAddress(call.target, targets.OrganizationRegistry)) return other;
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
    case "grantOrganizationAdmin":
    case "revokeOrganizationAdmin": {
      const [orgId, account] = parsed.args as unknown as [bigint, Address];
      return { kind: parsed.name, orgId: Number(orgId), account };
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
