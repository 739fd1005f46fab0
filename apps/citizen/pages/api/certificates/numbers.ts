import type { NextApiRequest, NextApiResponse } from "next";
import { isDiplomaNumber, parseNumberRequest } from "../../../src/features/verify/bulk-input.ts";
import {
  requestLocale,
  requirePost,
  sendJson,
  withinLimit,
} from "../../../src/features/verify/server/api.ts";
import { checkNumber } from "../../../src/features/verify/server/check.ts";
import { problemOutcome, type VerifyOutcome } from "../../../src/features/verify/verdict-view.ts";

/** Numbers checked at once: enough to be quick, few enough not to flood the node. */
const CONCURRENCY = 8;

/**
 * POST { locale, numbers: [{ series, number }] } -> { outcomes }, one per number, in order:
 * the bulk check of diploma numbers. Numbers carry no personal data, so this runs here.
 */
export default async function numbersRoute(req: NextApiRequest, res: NextApiResponse) {
  if (!requirePost(req, res)) return;
  const locale = requestLocale(req.body);
  if (!(await withinLimit(req, res, locale, "bulkCheck"))) return;
  const numbers = parseNumberRequest(req.body);
  if (numbers === null) return sendJson(res, 400, problemOutcome(locale, "badRequest"));
  const outcomes: VerifyOutcome[] = new Array(numbers.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < numbers.length; i = next++) {
      const entry = numbers[i] as (typeof numbers)[number];
      outcomes[i] = isDiplomaNumber(entry)
        ? await checkNumber(locale, entry.series, entry.number)
        : problemOutcome(locale, "numberMissing");
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  sendJson(res, 200, { outcomes });
}
