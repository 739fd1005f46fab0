/**
 * The kindergarten queue's pages. Statuses, priority categories and claim reasons come from
 * @ishonch/i18n; contract refusals from its error words.
 */
import type { WordTree } from "@ishonch/i18n";
import inputErrors from "./input-error-words.json";
import words from "./words.json";

export const queueWords = words satisfies WordTree;

/** Bad input found before anything is sent to the chain (the codes of `QueueInputFailure`). */
export const queueInputErrorWords = inputErrors satisfies WordTree;
