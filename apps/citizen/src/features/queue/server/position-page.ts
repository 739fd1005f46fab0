import { field, readForm } from "../../../shared/server/form.ts";
import { framedPage, queryText } from "../../../shared/server/frame.ts";
import { requestAddress } from "../../../shared/server/limits.ts";
import { markRefusalStatus, refusalText } from "../../../shared/server/refusal.ts";
import { QueueInputFailure, parseNumber } from "../input.ts";
import type { PositionProps } from "../PositionPage.tsx";
import { positionView } from "../view-models.ts";
import { queueErrorText } from "../views.ts";
import { loadPosition, parentAction } from "./queue.ts";

/** An application's position read from the chain; a POST is a parent's signed action first. */
export const positionPageProps = framedPage<PositionProps>(async (context, frame) => {
  const { locale } = frame;
  const numberText = queryText(context, "number");
  const props: PositionProps = {
    frame,
    numberText,
    posted: context.req.method === "POST",
    view: null,
    done: null,
    error: null,
  };
  if (numberText === "") return { props };
  const number = parseNumber(numberText);
  try {
    if (number === null) throw new QueueInputFailure("UnknownApplicationNumber");
    if (context.req.method === "POST") {
      const form = await readForm(context.req);
      const action = field(form, "action");
      const result = await parentAction(
        {
          application: number,
          action,
          offerId: Number(field(form, "offerId")) || 0,
          secret: field(form, "secret"),
        },
        requestAddress(context.req),
      );
      props.done = {
        action,
        transactionHash: result.transactionHash,
        blockNumber: result.blockNumber,
      };
    }
  } catch (error) {
    markRefusalStatus(context.res, error);
    props.error = refusalText(locale, error) ?? queueErrorText(locale, error);
  }
  if (number !== null) {
    try {
      props.view = positionView(locale, await loadPosition(number));
    } catch (error) {
      props.error ??= queueErrorText(locale, error);
    }
  }
  return { props };
});
