import { appealErrorMessage, format, wordsIn, type Locale } from "@ishonch/i18n";
import { appealWords } from "./words";

/**
 * A problem with an appeals form: the page's own words, or a failure of the SDK (input,
 * content or contract), which has shared words.
 */
export type AppealProblem =
  | { kind: "app"; key: keyof typeof appealWords.validation; args?: Record<string, number> }
  | { kind: "error"; error: unknown };

export function problemOf(error: unknown): AppealProblem {
  return { kind: "error", error };
}

/** The words for a problem, in the page's language. */
export function problemText(locale: Locale, problem: AppealProblem): string {
  return problem.kind === "app"
    ? format(wordsIn(locale, appealWords).validation[problem.key], problem.args ?? {})
    : appealErrorMessage(locale, problem.error);
}
