/**
 * A list of diploma numbers for the bulk check, read from a CSV file: one diploma a line,
 * "series;number" (or comma, or tab), or "AB1234567" in one cell; a header line is skipped.
 * Pure, so that the browser reads the file and the server checks what it is sent alike.
 */
import { MAX_NUMBER_LENGTH, MAX_SERIES_LENGTH } from "./number-query.ts";

/**
 * The most diplomas one bulk check takes. A check of this many numbers is one records query
 * and a few chain calls (see the citizen app's `bench`); a larger list is refused (413).
 */
export const MAX_BULK_DIPLOMAS = 1_000;

export interface DiplomaNumber {
  series: string;
  number: string;
}

export interface NumberLine extends DiplomaNumber {
  /** The line of the file (1 = first), for the report. */
  line: number;
}

const SEPARATOR = /[;,\t]/;
const JOINED = /^([\p{L}]+)\s*-?\s*(\d+)$/u;

function splitNumber(cells: string[]): DiplomaNumber | null {
  const filled = cells.map((cell) => cell.trim().replace(/^"|"$/g, "")).filter(Boolean);
  if (filled.length >= 2) return { series: filled[0] ?? "", number: filled[1] ?? "" };
  const joined = JOINED.exec(filled[0] ?? "");
  return joined ? { series: joined[1] ?? "", number: joined[2] ?? "" } : null;
}

export function isDiplomaNumber(value: DiplomaNumber): boolean {
  return (
    value.series.length > 0 &&
    value.series.length <= MAX_SERIES_LENGTH &&
    /^\d+$/.test(value.number) &&
    value.number.length <= MAX_NUMBER_LENGTH
  );
}

/**
 * Every line that names a diploma; blank lines and a first line without a number (a
 * header) are skipped, and a line that names nothing usable is returned with an empty
 * number so the report can say so.
 */
export function parseNumberList(text: string): NumberLine[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const result: NumberLine[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === "") return;
    const parsed = splitNumber(raw.split(SEPARATOR));
    if (index === 0 && (parsed === null || !/\d/.test(parsed.number))) return;
    result.push({
      line: index + 1,
      series: parsed?.series ?? raw.trim(),
      number: parsed?.number ?? "",
    });
  });
  return result;
}

/** Why a bulk request is refused: not a list of numbers, or more than MAX_BULK_DIPLOMAS. */
export type NumberRequestProblem = "badRequest" | "bulkTooMany";

/** The numbers in an API request body, or why it is refused. */
export function parseNumberRequest(body: unknown): DiplomaNumber[] | NumberRequestProblem {
  const numbers =
    typeof body === "object" && body !== null ? (body as { numbers?: unknown }).numbers : null;
  if (!Array.isArray(numbers) || numbers.length === 0) return "badRequest";
  if (numbers.length > MAX_BULK_DIPLOMAS) return "bulkTooMany";
  const parsed: DiplomaNumber[] = [];
  for (const entry of numbers) {
    const { series, number } = (entry ?? {}) as Record<string, unknown>;
    if (typeof series !== "string" || typeof number !== "string") return "badRequest";
    parsed.push({ series: series.trim(), number: number.trim() });
  }
  return parsed;
}
