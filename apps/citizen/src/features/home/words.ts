/** The home page's words; each service's link and its line come from the service's words. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const homeWords = words satisfies WordTree;
