import { describe, expect, it } from "vitest";
import { QueueInputFailure, defaultStartDate, parseDay, parseNumber } from "./input.ts";

describe("parseDay", () => {
  it("reads a YYYY-MM-DD day at midnight UTC", () => {
    expect(parseDay(" 2025-03-10 ").toISOString()).toBe("2025-03-10T00:00:00.000Z");
  });

  it("refuses days that do not exist and other shapes, naming the problem", () => {
    for (const text of ["2025-02-31", "2025-13-01", "10.03.2025", ""]) {
      expect(() => parseDay(text)).toThrow(QueueInputFailure);
    }
    expect(() => parseDay("2025-02-30")).toThrow(expect.objectContaining({ code: "InvalidDate" }));
  });
});

describe("defaultStartDate", () => {
  it("is the coming 1 September", () => {
    expect(defaultStartDate(new Date("2026-11-21T00:00:00Z"))).toBe("2027-09-01");
    expect(defaultStartDate(new Date("2026-03-01T00:00:00Z"))).toBe("2026-09-01");
  });
});

describe("parseNumber", () => {
  it("takes a positive whole number and nothing else", () => {
    expect(parseNumber(" 49 ")).toBe(49);
    expect(parseNumber(["7", "8"])).toBe(7);
    for (const text of ["0", "-1", "4.5", "abc", "", undefined])
      expect(parseNumber(text)).toBeNull();
  });
});
