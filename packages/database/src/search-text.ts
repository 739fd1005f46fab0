/**
 * Folds text for case-insensitive substring search in any script: SQLite's LIKE folds
 * ASCII only, so names are stored folded (organizations.name_search) and the query is
 * folded the same way in JavaScript, identically for SQLite and PostgreSQL.
 * - Case: Unicode's default lower-casing, the same on every server whatever its locale.
 * - Uzbek Latin writes the modifier letter in oʻ / gʻ and the tutuq belgisi as ʻ ʼ ‘ ’ `
 *   or a plain apostrophe depending on the keyboard; all become the plain apostrophe.
 * - Prisma's `contains` becomes LIKE '%…%' without escaping, so LIKE's wildcards (and
 *   PostgreSQL's escape character) become spaces; runs of white space become one space.
 * Changing this function changes stored values: run `indexer rebuild` afterwards, and rewrite
 * `issued_diplomas.search_text` of the records.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[ʻʼ‘’`´]/gu, "'")
    .replace(/[%_\\]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
