import { describe, expect, it } from "vitest";
import { MAX_EXTENSION_DAYS } from "@ishonch/sdk";
import { deadlineStanding } from "../src/features/appeals/deadline";
import { parseExtensionDays } from "../src/features/appeals/forms";
import { appealPath, appealsPath, parseQueue } from "../src/features/appeals/paths";

const day = 86_400_000;
const deadline = new Date("2026-12-06T10:00:00Z");
const at = (offsetMs: number) => new Date(deadline.getTime() + offsetMs);

describe("deadlineStanding (by the chain's clock)", () => {
  it("counts started days left: the law's 15 days on the day of filing", () => {
    expect(deadlineStanding(deadline, at(-15 * day), false)).toEqual({ kind: "left", days: 15 });
    expect(deadlineStanding(deadline, at(-15 * day + 5000), false)).toEqual({
      kind: "left",
      days: 15,
    });
    expect(deadlineStanding(deadline, at(-day - 1), false)).toEqual({ kind: "left", days: 2 });
    expect(deadlineStanding(deadline, at(-1000), false)).toEqual({ kind: "left", days: 1 });
  });

  it("is overdue only strictly after the deadline second, as the contract has it", () => {
    expect(deadlineStanding(deadline, deadline, false)).toEqual({ kind: "left", days: 1 });
    expect(deadlineStanding(deadline, at(1000), false)).toEqual({ kind: "overdue", days: 1 });
    expect(deadlineStanding(deadline, at(3 * day + 1), false)).toEqual({
      kind: "overdue",
      days: 4,
    });
  });

  it("never calls an answered appeal overdue", () => {
    expect(deadlineStanding(deadline, at(30 * day), true)).toEqual({ kind: "answered" });
  });
});

describe("parseExtensionDays", () => {
  it("takes whole days from 1 to the contract's maximum", () => {
    expect(parseExtensionDays(" 1 ")).toBe(1);
    expect(parseExtensionDays(String(MAX_EXTENSION_DAYS))).toBe(MAX_EXTENSION_DAYS);
  });

  it("refuses zero, too many, fractions and words", () => {
    for (const input of ["", "0", String(MAX_EXTENSION_DAYS + 1), "2.5", "-3", "ten", "100"]) {
      expect(parseExtensionDays(input), input).toBeNull();
    }
  });
});

describe("appeals paths", () => {
  it("names the agency and, unless the inbox, the queue", () => {
    expect(appealsPath(7, "inbox")).toBe("/appeals?agency=7");
    expect(appealsPath(7, "escalations")).toBe("/appeals?agency=7&queue=escalations");
    expect(appealPath(12, 7)).toBe("/appeals/12?agency=7");
    expect(appealPath(12, null)).toBe("/appeals/12");
  });

  it("falls back to the inbox for an unknown queue", () => {
    expect(parseQueue("escalations")).toBe("escalations");
    expect(parseQueue(["escalations", "inbox"])).toBe("escalations");
    expect(parseQueue("drop table")).toBe("inbox");
    expect(parseQueue(undefined)).toBe("inbox");
  });
});
