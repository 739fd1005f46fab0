import { Wallet } from "ethers";
import { describe, expect, it } from "vitest";
import type { Address } from "../deployment.ts";
import { IshonchError } from "../errors.ts";
import { OrganizationType, Region } from "../generated/enums.ts";
import {
  decodeCouncilCall,
  grantOrganizationAdminCall,
  registerOrganizationCall,
  setOrganizationStatusCall,
} from "./calls.ts";
import { countingApprovals, secondsUntilExecutable, type CouncilProposal } from "./reads.ts";

// Any addresses do: the calls are only encoded and decoded, never sent.
const randomAddress = () => Wallet.createRandom().address as Address;
const registry = randomAddress();
const admin = randomAddress();
const other = randomAddress();

describe("council calls", () => {
  it("reads back an accreditation exactly as it was proposed", () => {
    const call = registerOrganizationCall(registry, {
      orgType: OrganizationType.University,
      region: Region.Samarkand,
      parentId: 2,
      name: "Samarqand davlat universiteti",
    });
    expect(call.target).toBe(registry);
    expect(decodeCouncilCall(registry, call)).toEqual({
      kind: "registerOrganization",
      orgType: "University",
      region: "Samarkand",
      parentId: 2,
      name: "Samarqand davlat universiteti",
    });
  });

  it("refuses an empty name before anything is proposed", () => {
    expect(() =>
      registerOrganizationCall(registry, {
        orgType: OrganizationType.School,
        region: Region.Andijan,
        parentId: null,
        name: "  ",
      }),
    ).toThrow(new IshonchError("EmptyOrganizationName"));
  });

  it("reads back an administrator's appointment and a suspension", () => {
    expect(decodeCouncilCall(registry, grantOrganizationAdminCall(registry, 7, admin))).toEqual({
      kind: "grantOrganizationAdmin",
      orgId: 7,
      account: admin,
    });
    expect(
      decodeCouncilCall(registry, setOrganizationStatusCall(registry, 7, "Suspended")),
    ).toEqual({ kind: "setOrganizationStatus", orgId: 7, status: "Suspended" });
  });

  it("does not guess at calls to another contract", () => {
    const call = { ...setOrganizationStatusCall(registry, 7, "Suspended"), target: other };
    expect(decodeCouncilCall(registry, call)).toMatchObject({ kind: "other", target: other });
  });
});

describe("council proposal reads", () => {
  const proposal: CouncilProposal = {
    id: 1,
    target: registry,
    data: "0x",
    state: "Scheduled",
    proposer: admin,
    descriptionHash: "0x",
    executableAt: 10_000,
    approvers: [admin, other],
  };

  it("counts only approvals of current members", () => {
    expect(countingApprovals(proposal, [admin.toLowerCase() as Address])).toEqual([admin]);
  });

  it("counts the time left by the chain's clock, never below zero", () => {
    expect(secondsUntilExecutable(proposal, 6_400)).toBe(3_600);
    expect(secondsUntilExecutable(proposal, 20_000)).toBe(0);
    expect(secondsUntilExecutable({ ...proposal, executableAt: null }, 0)).toBeNull();
  });
});
