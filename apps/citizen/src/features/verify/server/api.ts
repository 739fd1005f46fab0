/** What the verify API routes share: the reader's language, its limits and a JSON answer. */
import { defaultLocale, isLimitRefusal, isLocale, limitMessage, type Locale } from "@ishonch/i18n";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { LimitName } from "@ishonch/records";
import type { NextApiRequest, NextApiResponse } from "next";
import { takeRequestLimit } from "../../../shared/server/limits.ts";
import { markRefusalStatus } from "../../../shared/server/refusal.ts";
import { problemOutcome, type VerifyOutcome } from "../verdict-view.ts";

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
    case "limitReached":
      return 429;
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

/**
 * Takes one from the caller's allowance `limit` before a check: null when admitted, else the
 * outcome to answer with (the limit's words with the wait, with Retry-After set on
 * `response`, or the records not answering).
 */
export async function limitOutcome(
  request: IncomingMessage,
  response: ServerResponse,
  locale: Locale,
  limit: LimitName,
): Promise<VerifyOutcome | null> {
  try {
    await takeRequestLimit(request, limit);
    return null;
  } catch (error) {
    if (!isLimitRefusal(error)) {
      console.error("citizen: the records that count limits are unavailable:", error);
      return problemOutcome(locale, "indexUnavailable");
    }
    markRefusalStatus(response, error);
    return { kind: "problem", problem: "limitReached", message: limitMessage(locale, error.args) };
  }
}

/** As limitOutcome, for an API route: a refusal is sent (with Retry-After) and false returned. */
export async function withinLimit(
  req: NextApiRequest,
  res: NextApiResponse,
  locale: Locale,
  limit: LimitName,
): Promise<boolean> {
  const refused = await limitOutcome(req, res, locale, limit);
  if (refused === null) return true;
  sendJson(res, outcomeStatus(refused), refused);
  return false;
}

/**
 * A check route: POST only, in the body's language, within the caller's allowance `limit`;
 * `answer` then reads the body and sends the answer.
 */
export function checkRoute(
  limit: LimitName,
  answer: (req: NextApiRequest, res: NextApiResponse, locale: Locale) => Promise<void>,
): (req: NextApiRequest, res: NextApiResponse) => Promise<void> {
  return async (req, res) => {
    if (!requirePost(req, res)) return;
    const locale = requestLocale(req.body);
    if (await withinLimit(req, res, locale, limit)) await answer(req, res, locale);
  };
}
