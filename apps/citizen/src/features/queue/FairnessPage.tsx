import { format, wordsIn } from "@ishonch/i18n";
import { DataTable } from "@ishonch/web/DataTable";
import { Facts } from "../../shared/ui/Facts.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import { ErrorNotice } from "../../shared/ui/Notice.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { LookupForm } from "./LookupForm.tsx";
import type { FairnessView } from "./view-models.ts";
import { queueWords } from "./words.ts";

export interface FairnessProps {
  frame: PageFrame;
  offerText: string;
  view: FairnessView | null;
  error: string | null;
}

/** Whether an offer skipped any child ahead, child by child, as the chain answers. */
export function FairnessPage({ frame, offerText, view, error }: FairnessProps) {
  const { locale } = frame;
  const m = wordsIn(locale, queueWords);
  const title = view ? format(m.fairnessTitle, { offer: view.offerId }) : m.fairnessLink;
  return (
    <Layout frame={frame} title={title}>
      <LookupForm locale={locale} page="fairness" label={m.offerNumber} value={offerText} />
      {error && <ErrorNotice testId="queue-error" message={error} />}
      {view && (
        <>
          <p className="verified" data-testid="queue-verified-block" data-block={view.blockNumber}>
            {format(m.verifiedAt, { block: view.blockNumber })}
          </p>
          <p
            className={`verdict ${view.fair ? "verdict-valid" : "verdict-not"}`}
            data-testid="queue-fairness-verdict"
            data-fair={view.fair ? "true" : "false"}
          >
            {view.verdict}
          </p>
          <Facts
            className="card card-chain"
            facts={[
              { label: m.kindergarten, value: view.kindergarten },
              {
                label: m.offeredTo,
                value: `${m.application} ${view.application}`,
                testId: "queue-fairness-recipient",
              },
              { label: m.status, value: view.offerStatus.label },
              { label: m.offeredAt, value: view.offeredAt },
            ]}
          />
          <p className="muted">{view.checkedText}</p>
          <DataTable testId="queue-fairness-ahead" columns={[m.application, m.seq, m.why]}>
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
          </DataTable>
        </>
      )}
    </Layout>
  );
}
