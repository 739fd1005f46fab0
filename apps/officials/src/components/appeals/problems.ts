import { appealErrorMessage, format, type Locale } from "@ishonch/i18n";
import type { AppealsMessages } from "../../messages/appeals/en";

/**
 * A problem with an appeals form: the page's own words, or a failure of the SDK (input,
 * content or contract), which has shared words.
 */
export type AppealProblem =
  | { kind: "app"; key: keyof AppealsMessages["validation"]; args?: Record<string, number> }
  | { kind: "error"; error: unknown };

export function problemOf(error: unknown): AppealProblem {
  return { kind: "error", error };
}

/** The words for a problem, in the page's language. */
export function problemText(
  locale: Locale,
  messages: AppealsMessages,
  problem: AppealProblem,
): string {
  return problem.kind === "app"
    ? format(messages.validation[problem.key], problem.args ?? {})
    : appealErrorMessage(locale, problem.error);
}
