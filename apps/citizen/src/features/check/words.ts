/** The independent check page: a re-count from the chain alone. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const checkWords = words satisfies WordTree;
