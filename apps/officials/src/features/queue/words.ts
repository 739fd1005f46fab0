/** The kindergarten-queue pages' words; statuses, categories and reasons come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const queueWords = words satisfies WordTree;
