/** The appeals pages' words; statuses, types and refusals come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const appealWords = words satisfies WordTree;
