import { format, wordsIn } from "@ishonch/i18n";
import { formatCitizenSecret } from "@ishonch/sdk";
import { field, files, readForm } from "../../../shared/server/form.ts";
import { framedPage } from "../../../shared/server/frame.ts";
import { requestAddress } from "../../../shared/server/limits.ts";
import { markRefusalStatus, refusalText } from "../../../shared/server/refusal.ts";
import type { TrackProps } from "../TrackPage.tsx";
import { appealStatusView, documentView, errorText } from "../views.ts";
import { appealWords } from "../words.ts";
import { escalateCitizenAppeal, openCitizenAppeal, rateCitizenAppeal } from "./appeals.ts";

/**
 * A citizen's appeal opened with its secret: status from the chain, texts decrypted here.
 * A POST with an action rates the answer or escalates, then opens the appeal again.
 */
export const trackPageProps = framedPage<TrackProps>(async (context, frame) => {
  const { locale } = frame;
  const m = wordsIn(locale, appealWords);
  const props: TrackProps = {
    frame,
    trackingNumber: "",
    secret: "",
    error: null,
    done: null,
    appeal: null,
    content: null,
    answer: null,
  };
  // The secret travels only in POST bodies, never in a URL or a log line.
  if (context.req.method !== "POST") return { props };
  try {
    const form = await readForm(context.req);
    props.trackingNumber = field(form, "trackingNumber");
    props.secret = field(form, "secret");
    let { opened, secret } = await openCitizenAppeal(props.trackingNumber, props.secret);
    props.secret = formatCitizenSecret(secret);
    const action = field(form, "action");
    if (action === "rate" || action === "escalate") {
      try {
        if (action === "rate") {
          await rateCitizenAppeal(
            opened.view,
            secret,
            field(form, "rating"),
            requestAddress(context.req),
          );
          props.done = m.done;
        } else {
          const escalated = await escalateCitizenAppeal(
            opened.view,
            secret,
            field(form, "complaint"),
            await files(form, "files"),
            requestAddress(context.req),
          );
          props.done = format(m.escalatedTo, { id: escalated.escalationId });
        }
        ({ opened, secret } = await openCitizenAppeal(props.trackingNumber, props.secret));
      } catch (error) {
        markRefusalStatus(context.res, error);
        props.error = refusalText(locale, error) ?? errorText(locale, error);
      }
    }
    props.appeal = appealStatusView(locale, opened.view);
    props.content = documentView(opened.appeal);
    props.answer = documentView(opened.answer);
  } catch (error) {
    markRefusalStatus(context.res, error);
    props.error = refusalText(locale, error) ?? errorText(locale, error);
  }
  return { props };
});
