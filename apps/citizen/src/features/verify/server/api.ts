/** What the verify API routes share: the reader's language and a JSON answer. */
import { defaultLocale, isLocale, type Locale } from "@ishonch/i18n";
import type { NextApiResponse } from "next";
import type { VerifyOutcome } from "../verdict-view.ts";

/** The language asked for in a request body, or Uzbek. */
export function requestLocale(body: unknown): Locale {
  const locale =
    typeof body === "object" && body !== null ? (body as { locale?: unknown }).locale : null;
  return isLocale(locale) ? locale : defaultLocale;
}

/** The HTTP status that goes with an outcome: only a verdict is a success. */
export function outcomeStatus(outcome: VerifyOutcome): number {
  if (outcome.kind === "verdict") return 200;
  switch (outcome.problem) {
    case "chainUnavailable":
    case "indexUnavailable":
      return 503;
    case "numberNotListed":
    case "documentNotStored":
      return 404;
    case "numberMissing":
    case "badRequest":
      return 400;
    case "bulkTooMany":
      return 413;
  }
}

/** Verdicts change (a revocation), so no answer may be cached anywhere. */
export function sendJson(res: NextApiResponse, status: number, body: unknown): void {
  res.setHeader("Cache-Control", "no-store");
  res.status(status).json(body);
}

/** Only POST with a JSON body: the answer depends on what is sent, never on a link. */
export function requirePost(req: { method?: string }, res: NextApiResponse): boolean {
  if (req.method === "POST") return true;
  res.setHeader("Allow", "POST");
  sendJson(res, 405, { error: "POST only" });
  return false;
}
