import { describe, expect, it } from "vitest";
import {
  MAX_BULK_DIPLOMAS,
  isDiplomaNumber,
  parseNumberList,
  parseNumberRequest,
} from "./bulk-input.ts";

describe("parseNumberList", () => {
  it("reads semicolon, comma and joined numbers, skipping a header and blank lines", () => {
    const csv = "\uFEFFseries;number\r\nAB;1234567\r\n\r\nAC,7654321\nQX 0000012\n";
    expect(parseNumberList(csv)).toEqual([
      { line: 2, series: "AB", number: "1234567" },
      { line: 4, series: "AC", number: "7654321" },
      { line: 5, series: "QX", number: "0000012" },
    ]);
  });

  it("keeps a line that names no diploma, so the report can say so", () => {
    const [first, second] = parseNumberList("AB;1\nnot a diploma");
    expect(first).toEqual({ line: 1, series: "AB", number: "1" });
    expect(second).toMatchObject({ line: 2, number: "" });
    expect(isDiplomaNumber(second!)).toBe(false);
  });
});

describe("parseNumberRequest", () => {
  it("takes a list of series and numbers", () => {
    expect(parseNumberRequest({ numbers: [{ series: "AB", number: " 1 " }] })).toEqual([
      { series: "AB", number: "1" },
    ]);
  });

  it("refuses an empty or malformed list", () => {
    for (const body of [{}, { numbers: [] }, { numbers: [{ series: 1 }] }, { numbers: "AB1" }]) {
      expect(parseNumberRequest(body)).toBe("badRequest");
    }
  });

  it("takes up to 1,000 numbers and refuses one more as too many", () => {
    const list = (length: number) =>
      Array.from({ length }, (_, i) => ({ series: "A", number: String(i) }));
    expect(MAX_BULK_DIPLOMAS).toBe(1_000);
    expect(parseNumberRequest({ numbers: list(1_000) })).toHaveLength(1_000);
    expect(parseNumberRequest({ numbers: list(1_001) })).toBe("bulkTooMany");
  });
});
