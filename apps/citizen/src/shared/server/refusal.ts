/**
 * A page's POST refused before any work: by a rate limit, or because its form cannot be read.
 * The page then answers with the status a script or a proxy reads (429, 400, 413) and the
 * words a person reads; other failures are each feature's own to tell.
 */
import type { ServerResponse } from "node:http";
import { isLimitRefusal, limitMessage, wordsIn, type Locale } from "@ishonch/i18n";
import { siteWords } from "../ui/words.ts";
import { FormTooLargeError, FormUnreadableError } from "./form.ts";

/** The refusal's words, or null when `error` is not such a refusal. */
export function refusalText(locale: Locale, error: unknown): string | null {
  if (isLimitRefusal(error)) return limitMessage(locale, error.args);
  const words = wordsIn(locale, siteWords).formRefusal;
  if (error instanceof FormUnreadableError) return words.unreadable;
  if (error instanceof FormTooLargeError) return words.tooLarge;
  return null;
}

/** Sets the refusal's status (and Retry-After for a limit); leaves other errors alone. */
export function markRefusalStatus(response: ServerResponse, error: unknown): void {
  if (isLimitRefusal(error)) {
    response.statusCode = 429;
    response.setHeader("Retry-After", String(error.args.retryAfterSeconds));
  } else if (error instanceof FormUnreadableError) {
    response.statusCode = 400;
  } else if (error instanceof FormTooLargeError) {
    response.statusCode = 413;
  }
}
