/** The series and number typed into the verify page's GET form. */

/** Longer than any real series or number: such input is refused before any lookup. */
export const MAX_SERIES_LENGTH = 10;
export const MAX_NUMBER_LENGTH = 20;

export type NumberQuery =
  | { kind: "none" }
  | { kind: "incomplete"; series: string; number: string }
  | { kind: "complete"; series: string; number: string };

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
}

/** What the form asked: nothing, something unusable (said as such), or a series and number. */
export function parseNumberQuery(
  query: Record<string, string | string[] | undefined>,
): NumberQuery {
  if (query.series === undefined && query.number === undefined) return { kind: "none" };
  const series = single(query.series).slice(0, MAX_SERIES_LENGTH + 1);
  const number = single(query.number).slice(0, MAX_NUMBER_LENGTH + 1);
  const usable =
    series.length > 0 &&
    number.length > 0 &&
    series.length <= MAX_SERIES_LENGTH &&
    number.length <= MAX_NUMBER_LENGTH;
  return { kind: usable ? "complete" : "incomplete", series, number };
}
