/** The sign-in panel's words, and what the server says when it refuses a request. */
import type { WordTree } from "@ishonch/i18n";
import words from "./words.json";

export const sessionWords = words satisfies WordTree;

/** Why the server refused a request: a code for programs, words for people. */
export type Refusal = keyof typeof words.refusal;
