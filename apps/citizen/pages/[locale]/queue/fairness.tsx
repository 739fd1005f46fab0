import type { GetServerSideProps, PageConfig } from "next";
import { queueWord } from "@ishonch/i18n";
import { Layout } from "../../../src/components/Layout.tsx";
import { LookupForm } from "../../../src/queue/LookupForm.tsx";
import { QueueInputFailure, parseNumber } from "../../../src/queue/input.ts";
import { loadFairness } from "../../../src/queue/server.ts";
import { fairnessView, type FairnessView } from "../../../src/queue/view-models.ts";
import { queueErrorText } from "../../../src/queue/views.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import type { PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface FairnessProps {
  frame: PageFrame;
  offerText: string;
  view: FairnessView | null;
  error: string | null;
}

export const getServerSideProps: GetServerSideProps<FairnessProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const offerText = typeof context.query.offer === "string" ? context.query.offer : "";
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
};

export default function FairnessPage({ frame, offerText, view, error }: FairnessProps) {
  const { locale } = frame;
  const w = (word: Parameters<typeof queueWord>[1], v?: Record<string, unknown>) =>
    queueWord(locale, word, v);
  const title = view ? w("fairnessTitle", { offer: view.offerId }) : w("fairnessLink");
  return (
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <LookupForm
        action={`/${locale}/queue/fairness`}
        name="offer"
        label={w("offerNumber")}
        button={w("lookup")}
        value={offerText}
        testId="queue-fairness-lookup"
      />
      {error && (
        <div className="notice notice-error" role="alert" data-testid="queue-error">
          <p>{error}</p>
        </div>
      )}
      {view && (
        <>
          <p className="verified" data-testid="queue-verified-block" data-block={view.blockNumber}>
            {w("verifiedAt", { block: view.blockNumber })}
          </p>
          <p
            className={`verdict ${view.fair ? "verdict-valid" : "verdict-not"}`}
            data-testid="queue-fairness-verdict"
            data-fair={view.fair ? "true" : "false"}
          >
            {view.verdict}
          </p>
          <dl className="facts card card-chain">
            <dt>{w("kindergarten")}</dt>
            <dd>{view.kindergarten}</dd>
            <dt>{w("offeredTo")}</dt>
            <dd data-testid="queue-fairness-recipient">
              {w("application")} {view.application}
            </dd>
            <dt>{w("status")}</dt>
            <dd>{view.offerStatus.label}</dd>
            <dt>{w("offeredAt")}</dt>
            <dd>{view.offeredAt}</dd>
          </dl>
          <p className="muted">{view.checkedText}</p>
          <table data-testid="queue-fairness-ahead">
            <thead>
              <tr>
                <th>{w("application")}</th>
                <th>{w("seq")}</th>
                <th>{w("why")}</th>
              </tr>
            </thead>
            <tbody>
              {view.ahead.map((child) => (
                <tr key={child.application} data-standing={child.standing}>
                  <td>{child.application}</td>
                  <td>{child.seq}</td>
                  <td>
                    {child.reason}
                    {child.earlier && ` (${child.earlier})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Layout>
  );
}
