/** Words of every citizen page: the site's name, the skip link, the language switch, the footer, the error pages. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const siteWords = words satisfies WordTree;
