/** Words every officials page shares: the app's name, the language switch, forms, the index and chain badges. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const sharedWords = words satisfies WordTree;
