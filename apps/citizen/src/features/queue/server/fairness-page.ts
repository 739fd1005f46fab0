import { framedPage, queryText } from "../../../shared/server/frame.ts";
import type { FairnessProps } from "../FairnessPage.tsx";
import { QueueInputFailure, parseNumber } from "../input.ts";
import { fairnessView } from "../view-models.ts";
import { queueErrorText } from "../views.ts";
import { loadFairness } from "./queue.ts";

/** An offer's fairness, checked against every child ahead on the chain. */
export const fairnessPageProps = framedPage<FairnessProps>(async (context, frame) => {
  const offerText = queryText(context, "offer");
  const props: FairnessProps = { frame, offerText, view: null, error: null };
  if (offerText === "") return { props };
  try {
    const offerId = parseNumber(offerText);
    if (offerId === null) throw new QueueInputFailure("UnknownOfferNumber");
    const { fairness, names } = await loadFairness(offerId);
    props.view = fairnessView(frame.locale, fairness, names);
  } catch (error) {
    props.error = queueErrorText(frame.locale, error);
  }
  return { props };
});
