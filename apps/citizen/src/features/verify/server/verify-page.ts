import { framedPage } from "../../../shared/server/frame.ts";
import { browserWords, jsonDataBlock } from "../browser-words.ts";
import type { BulkPageProps } from "../BulkVerifyPage.tsx";
import { parseNumberQuery } from "../number-query.ts";
import { problemOutcome, type VerifyOutcome } from "../verdict-view.ts";
import type { VerifyPageProps } from "../VerifyPage.tsx";
import { limitOutcome, outcomeStatus } from "./api.ts";
import { checkNumber } from "./check.ts";

/** The verify page; a typed series and number is checked here, on the server. */
export const verifyPageProps = framedPage<VerifyPageProps>(async (context, frame) => {
  const query = parseNumberQuery(context.query);
  let outcome: VerifyOutcome | null = null;
  if (query.kind === "incomplete") outcome = problemOutcome(frame.locale, "numberMissing");
  if (query.kind === "complete") {
    outcome =
      (await limitOutcome(context.req, context.res, frame.locale, "certificateCheck")) ??
      (await checkNumber(frame.locale, query.series, query.number));
  }
  if (outcome) context.res.statusCode = outcomeStatus(outcome);
  // A verdict may change at any block: never cached.
  context.res.setHeader("Cache-Control", "no-store");
  return {
    props: {
      frame,
      series: query.kind === "none" ? "" : query.series,
      number: query.kind === "none" ? "" : query.number,
      outcome,
      wordsJson: jsonDataBlock(browserWords(frame.locale)),
    },
  };
});

/** The bulk check: everything happens in the page's script, with the words handed to it. */
export const bulkPageProps = framedPage<BulkPageProps>(async (_context, frame) => {
  return { props: { frame, wordsJson: jsonDataBlock(browserWords(frame.locale)) } };
});
