/** The diplomas pages' words; field, degree, reason and error words come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const diplomaWords = words satisfies WordTree;
