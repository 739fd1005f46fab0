/** A page's query string, as Next hands it to the page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** Rows shown per list; the search narrows the rest. */
export const pageSize = 50;

/** One query parameter, trimmed ("" when absent; the first when repeated). */
export function queryText(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}
