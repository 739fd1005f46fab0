/** The wallet panel's words, and what every signed write says while and after it runs. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const walletWords = words satisfies WordTree;
