import { decodeCouncilCall, type Address } from "@ishonch/sdk";
import { describe, expect, it } from "vitest";
import { parseQueueSetting, type QueueSettingInput } from "../src/features/council/queue-setting";

// Any addresses do: the call is only built and read back, never sent.
const queue = "0x00000000000000000000000000000000000000a1" as Address;
const targets = {
  OrganizationRegistry: "0x00000000000000000000000000000000000000a2" as Address,
  IshonchDirectory: "0x00000000000000000000000000000000000000a3" as Address,
  KindergartenQueue: queue,
};
const blank: QueueSettingInput = {
  kind: "offerPeriod",
  days: "",
  id: "",
  tier: "",
  minMonths: "",
  maxMonths: "",
  active: true,
};

function proposed(input: Partial<QueueSettingInput>) {
  const parsed = parseQueueSetting({ ...blank, ...input });
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problems)}`);
  return decodeCouncilCall(targets, parsed.build(queue));
}

function problemsOf(input: Partial<QueueSettingInput>) {
  const parsed = parseQueueSetting({ ...blank, ...input });
  if (parsed.ok) throw new Error("accepted");
  return parsed.problems;
}

describe("the queue-setting form", () => {
  it("proposes days to answer as seconds, half days included", () => {
    expect(proposed({ days: "20" })).toEqual({ kind: "setOfferPeriod", seconds: 1_728_000 });
    expect(proposed({ days: "0.5" })).toEqual({ kind: "setOfferPeriod", seconds: 43_200 });
  });

  it("refuses no days, 0 days and more than 90 days with the queue's own error", () => {
    for (const days of ["", "0", "abc", "91"]) {
      expect(problemsOf({ days }).days).toMatchObject({
        kind: "sdk",
        error: { code: "InvalidOfferPeriod" },
      });
    }
  });

  it("proposes a priority category and an age group as typed", () => {
    expect(proposed({ kind: "priorityCategory", id: "5", tier: "2", active: false })).toEqual({
      kind: "setPriorityCategory",
      id: 5,
      tier: 2,
      active: false,
    });
    expect(
      proposed({ kind: "ageGroup", id: "0", minMonths: "24", maxMonths: "36", active: true }),
    ).toEqual({ kind: "setAgeGroup", id: 0, minMonths: 24, maxMonths: 36, active: true });
  });

  it("names the wrong field: category 0, a number out of range, an empty age range", () => {
    expect(problemsOf({ kind: "priorityCategory", id: "0", tier: "1" }).id).toMatchObject({
      error: { code: "ReservedCategory" },
    });
    expect(problemsOf({ kind: "priorityCategory", id: "3", tier: "7" }).tier).toMatchObject({
      error: { code: "InvalidTier" },
    });
    expect(problemsOf({ kind: "ageGroup", id: "256", minMonths: "1.5", maxMonths: "36" })).toEqual({
      id: { kind: "wholeNumber", min: 0, max: 255 },
      minMonths: { kind: "wholeNumber", min: 0, max: 255 },
    });
    expect(
      problemsOf({ kind: "ageGroup", id: "1", minMonths: "48", maxMonths: "36" }).maxMonths,
    ).toMatchObject({ error: { code: "InvalidAgeRange" } });
  });
});
