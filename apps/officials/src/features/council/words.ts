/** The council page's words; refusals come from @ishonch/i18n's error words. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const councilWords = words satisfies WordTree;
