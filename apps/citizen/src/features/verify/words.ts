/**
 * The diploma check, read by an employer on a phone. The names of verdicts, revocation
 * reasons, document fields and document errors are @ishonch/i18n's `certificateWords`; these
 * are the pages' own. The page's script gets the words it needs in one language, as JSON.
 */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const verifyWords = words satisfies WordTree;
