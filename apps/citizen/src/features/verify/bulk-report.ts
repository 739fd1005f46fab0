/** The bulk check's table rows and its downloadable report (pure: built in the browser). */
import type { BrowserWords } from "./browser-words.ts";
import type { VerifyOutcome } from "./verdict-view.ts";

export interface BulkRow {
  /** Where the diploma came from: a line of the CSV or a file of the zip. */
  source: string;
  /** "AB 1234567", or the file name when the document could not be read. */
  diploma: string;
  /** A verdict status ("valid", "revoked", …) or a problem code. */
  status: string;
  verdict: string;
  issuer: string;
  issuedAt: string;
  detail: string;
}

/** A row from a server outcome. */
export function outcomeRow(source: string, diploma: string, outcome: VerifyOutcome): BulkRow {
  if (outcome.kind === "problem") {
    return {
      source,
      diploma,
      status: outcome.problem,
      verdict: "",
      issuer: "",
      issuedAt: "",
      detail: outcome.message,
    };
  }
  const { verdict } = outcome;
  return {
    source,
    diploma,
    status: verdict.status,
    verdict: verdict.title,
    issuer: verdict.issuer ?? "",
    issuedAt: verdict.issuedAt ?? "",
    detail: verdict.explanation,
  };
}

/** A row for something that never reached the server (a file that is not a diploma). */
export function problemRow(source: string, status: string, detail: string): BulkRow {
  return { source, diploma: source, status, verdict: "", issuer: "", issuedAt: "", detail };
}

function csvCell(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The report as CSV: semicolon-separated with a byte-order mark, which is what spreadsheet
 * programs in Uzbek and Russian settings open correctly.
 */
export function bulkReportCsv(rows: readonly BulkRow[], words: BrowserWords): string {
  const c = words.page.bulkColumns;
  const header = [c.row, c.diploma, c.verdict, c.issuer, c.issuedAt, c.detail];
  const lines = [
    header,
    ...rows.map((row) => [
      row.source,
      row.diploma,
      row.verdict || row.status,
      row.issuer,
      row.issuedAt,
      row.detail,
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
