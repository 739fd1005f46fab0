/** The issued-diplomas search's words. Diploma fields and revocation reasons come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const issuedDiplomaWords = words satisfies WordTree;
