import { describe, expect, it } from "vitest";
import { MAX_SERIES_LENGTH, parseNumberQuery } from "./number-query.ts";

describe("parseNumberQuery", () => {
  it("is nothing until the form is sent", () => {
    expect(parseNumberQuery({})).toEqual({ kind: "none" });
  });

  it("takes a series and a number, trimmed", () => {
    expect(parseNumberQuery({ series: " AB ", number: "1234567 " })).toEqual({
      kind: "complete",
      series: "AB",
      number: "1234567",
    });
  });

  it("calls an empty or overlong field incomplete, so the page can say so", () => {
    expect(parseNumberQuery({ series: "AB", number: "" }).kind).toBe("incomplete");
    expect(parseNumberQuery({ series: "", number: "1" }).kind).toBe("incomplete");
    const long = "A".repeat(MAX_SERIES_LENGTH + 5);
    const parsed = parseNumberQuery({ series: long, number: "1" });
    expect(parsed.kind).toBe("incomplete");
    expect(parsed.kind !== "none" && parsed.series.length).toBe(MAX_SERIES_LENGTH + 1);
  });
});
