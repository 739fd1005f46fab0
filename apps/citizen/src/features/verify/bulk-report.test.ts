import { describe, expect, it } from "vitest";
import { browserWords } from "./browser-words.ts";
import { bulkReportCsv, outcomeRow, problemRow } from "./bulk-report.ts";

const words = browserWords("en");

describe("bulkReportCsv", () => {
  it("writes one line per diploma, quoting what would break a cell", () => {
    const valid = outcomeRow("2", "AB 1234567", {
      kind: "verdict",
      verdict: {
        status: "valid",
        title: "Valid",
        explanation: 'Issued by "Buxoro; davlat universiteti".',
        issuer: "Buxoro davlat universiteti",
        issuedAt: "1 July 2026",
        facts: [],
      },
    });
    const truncated = problemRow("b.json", "TruncatedDocument", "The file is cut short.");
    const csv = bulkReportCsv([valid, truncated], words);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "No.;Diploma;Verdict;Issued by;Issued;Detail",
      '2;AB 1234567;Valid;Buxoro davlat universiteti;1 July 2026;"Issued by ""Buxoro; davlat universiteti""."',
      "b.json;b.json;TruncatedDocument;;;The file is cut short.",
      "",
    ]);
  });
});
