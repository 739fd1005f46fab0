import { Wallet } from "ethers";
import { describe, expect, it } from "vitest";
import type { Address } from "../deployment.ts";
import { IshonchError } from "../errors.ts";
import {
  DEFAULT_OFFER_PERIOD,
  MAX_OFFER_PERIOD,
  MIN_OFFER_PERIOD,
  OrganizationType,
  Region,
} from "../generated/enums.ts";
import { GENERAL_TIER } from "../queue/reads.ts";
import {
  decodeCouncilCall,
  grantOrganizationAdminCall,
  revokeOrganizationAdminCall,
  registerOrganizationCall,
  setOrganizationStatusCall,
  setAgeGroupCall,
  setOfferPeriodCall,
  setPriorityCategoryCall,
  setServiceContractCall,
} from "./calls.ts";
import { countingApprovals, secondsUntilExecutable, type CouncilProposal } from "./reads.ts";

// Any addresses do: the calls are only encoded and decoded, never sent.
const randomAddress = () => Wallet.createRandom().address as Address;
const registry = randomAddress();
const admin = randomAddress();
const other = randomAddress();
const directory = randomAddress();
const queue = randomAddress();
const targets = {
  OrganizationRegistry: registry,
  IshonchDirectory: directory,
  KindergartenQueue: queue,
};

describe("council calls", () => {
  it("reads back an accreditation exactly as it was proposed", () => {
    const call = registerOrganizationCall(registry, {
      orgType: OrganizationType.University,
      region: Region.Samarkand,
      parentId: 2,
      name: "Samarqand davlat universiteti",
    });
    expect(call.target).toBe(registry);
    expect(decodeCouncilCall(targets, call)).toEqual({
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

  it("reads back an administrator's appointment, dismissal and a suspension", () => {
    expect(decodeCouncilCall(targets, grantOrganizationAdminCall(registry, 7, admin))).toEqual({
      kind: "grantOrganizationAdmin",
      orgId: 7,
      account: admin,
    });
    expect(decodeCouncilCall(targets, revokeOrganizationAdminCall(registry, 7, admin))).toEqual({
      kind: "revokeOrganizationAdmin",
      orgId: 7,
      account: admin,
    });
    expect(decodeCouncilCall(targets, setOrganizationStatusCall(registry, 7, "Suspended"))).toEqual(
      { kind: "setOrganizationStatus", orgId: 7, status: "Suspended" },
    );
  });

  it("does not guess at calls to another contract", () => {
    const call = { ...setOrganizationStatusCall(registry, 7, "Suspended"), target: other };
    expect(decodeCouncilCall(targets, call)).toMatchObject({ kind: "other", target: other });
  });

  it("reads back an upgrade: the service by name and its new contract", () => {
    const newContract = randomAddress();
    const call = setServiceContractCall(
      directory,
      "CertificateRegistry",
      newContract.toLowerCase(),
    );
    expect(call.target).toBe(directory);
    expect(decodeCouncilCall(targets, call)).toEqual({
      kind: "setServiceContract",
      service: "CertificateRegistry",
      newContract,
    });
    const elsewhere = { ...call, target: registry };
    expect(decodeCouncilCall(targets, elsewhere)).toMatchObject({ kind: "other" });
  });
});

describe("council calls to the queue's settings", () => {
  it("reads back an offer period, a priority category and an age group as proposed", () => {
    const period = setOfferPeriodCall(queue, 20 * 24 * 60 * 60);
    expect(period.target).toBe(queue);
    expect(decodeCouncilCall(targets, period)).toEqual({
      kind: "setOfferPeriod",
      seconds: 1_728_000,
    });
    const category = setPriorityCategoryCall(queue, { id: 3, tier: 1, active: true });
    expect(decodeCouncilCall(targets, category)).toEqual({
      kind: "setPriorityCategory",
      id: 3,
      tier: 1,
      active: true,
    });
    const group = setAgeGroupCall(queue, { id: 2, minMonths: 36, maxMonths: 48, active: false });
    expect(decodeCouncilCall(targets, group)).toEqual({
      kind: "setAgeGroup",
      id: 2,
      minMonths: 36,
      maxMonths: 48,
      active: false,
    });
    expect(decodeCouncilCall(targets, { ...period, target: registry })).toMatchObject({
      kind: "other",
    });
  });

  it("accepts the offer period's bounds and refuses what lies outside them", () => {
    for (const seconds of [MIN_OFFER_PERIOD, DEFAULT_OFFER_PERIOD, MAX_OFFER_PERIOD]) {
      expect(decodeCouncilCall(targets, setOfferPeriodCall(queue, seconds))).toEqual({
        kind: "setOfferPeriod",
        seconds,
      });
    }
    for (const seconds of [0, MIN_OFFER_PERIOD - 1, MAX_OFFER_PERIOD + 1, 3600.5]) {
      expect(() => setOfferPeriodCall(queue, seconds)).toThrow(
        new IshonchError("InvalidOfferPeriod", { period: seconds }),
      );
    }
  });

  it("refuses category 0, the general tier and an empty age range before proposing", () => {
    expect(() => setPriorityCategoryCall(queue, { id: 0, tier: 1, active: true })).toThrow(
      new IshonchError("ReservedCategory"),
    );
    expect(() =>
      setPriorityCategoryCall(queue, { id: 3, tier: GENERAL_TIER, active: true }),
    ).toThrow(new IshonchError("InvalidTier", { tier: GENERAL_TIER }));
    expect(
      decodeCouncilCall(
        targets,
        setPriorityCategoryCall(queue, { id: 3, tier: GENERAL_TIER - 1, active: true }),
      ),
    ).toMatchObject({ tier: GENERAL_TIER - 1 });
    expect(() =>
      setAgeGroupCall(queue, { id: 2, minMonths: 48, maxMonths: 48, active: true }),
    ).toThrow(new IshonchError("InvalidAgeRange", { minMonths: 48, maxMonths: 48 }));
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
