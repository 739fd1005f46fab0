import { describe, expect, it } from "vitest";
import { ageGroupFor, ageInMonths } from "./age.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The deployment's default groups (2-3 to 6-7 years). */
const groups = [
  { id: 0, minMonths: 24, maxMonths: 36 },
  { id: 1, minMonths: 36, maxMonths: 48 },
  { id: 2, minMonths: 48, maxMonths: 60 },
  { id: 3, minMonths: 60, maxMonths: 72 },
  { id: 4, minMonths: 72, maxMonths: 84 },
];

describe("ageInMonths", () => {
  it("counts whole months, turning on the birthday", () => {
    expect(ageInMonths(day("2022-09-15"), day("2025-09-14"))).toBe(35);
    expect(ageInMonths(day("2022-09-15"), day("2025-09-15"))).toBe(36);
  });

  it("treats a birthday missing from the month as its last day", () => {
    expect(ageInMonths(day("2024-01-31"), day("2024-02-28"))).toBe(0);
    expect(ageInMonths(day("2024-01-31"), day("2024-02-29"))).toBe(1);
  });
});

describe("ageGroupFor", () => {
  it("picks the group holding the age at the wanted start date", () => {
    expect(ageGroupFor(groups, day("2021-03-10"), day("2025-09-01"))?.id).toBe(2);
    expect(ageGroupFor(groups, day("2022-09-01"), day("2025-09-01"))?.id).toBe(1);
  });

  it("has no group for a child too young or too old", () => {
    expect(ageGroupFor(groups, day("2024-01-01"), day("2025-09-01"))).toBeNull();
    expect(ageGroupFor(groups, day("2017-01-01"), day("2025-09-01"))).toBeNull();
  });
});
