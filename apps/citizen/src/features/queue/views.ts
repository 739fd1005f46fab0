/** Turning queue failures into the page's language. */
import { errorMessage, format, wordsIn, type Locale } from "@ishonch/i18n";
import { IshonchError } from "@ishonch/sdk";
import { QueueInputFailure } from "./input.ts";
import { queueInputErrorWords, queueWords } from "./words.ts";

/** A clear sentence for any failure of a queue page: bad input, a refusal, a dead node. */
export function queueErrorText(locale: Locale, error: unknown): string {
  if (error instanceof QueueInputFailure) {
    return format(wordsIn(locale, queueInputErrorWords)[error.code], error.values);
  }
  if (error instanceof IshonchError) return errorMessage(locale, error);
  // No deployment file, no index, a node that does not answer.
  return wordsIn(locale, queueWords).chainUnavailable;
}
