import { MAX_BULK_DIPLOMAS, parseNumberRequest } from "../../../src/features/verify/bulk-input.ts";
import { checkRoute, outcomeStatus, sendJson } from "../../../src/features/verify/server/api.ts";
import { checkNumbers } from "../../../src/features/verify/server/check.ts";
import { problemOutcome } from "../../../src/features/verify/verdict-view.ts";

/**
 * POST { locale, numbers: [{ series, number }] } -> { outcomes }, one per number, in order:
 * the bulk check of diploma numbers (1 to MAX_BULK_DIPLOMAS; more is refused with 413).
 * Numbers carry no personal data, so this runs here.
 */
export default checkRoute("bulkCheck", async (req, res, locale) => {
  const numbers = parseNumberRequest(req.body);
  if (typeof numbers === "string") {
    const refusal = problemOutcome(locale, numbers, { max: String(MAX_BULK_DIPLOMAS) });
    return sendJson(res, outcomeStatus(refusal), refusal);
  }
  sendJson(res, 200, { outcomes: await checkNumbers(locale, numbers) });
});
