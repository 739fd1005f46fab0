import { format, wordsIn, type InLocale, type Locale } from "@ishonch/i18n";
import { Facts } from "../../shared/ui/Facts.tsx";
import { Field, SecretInput } from "../../shared/ui/Field.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import { ErrorNotice } from "../../shared/ui/Notice.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { PositionChart } from "./charts.tsx";
import { LookupForm } from "./LookupForm.tsx";
import type { PositionView, PreferenceView } from "./view-models.ts";
import { queueWords } from "./words.ts";

type QueueText = InLocale<typeof queueWords>;

export interface PositionProps {
  frame: PageFrame;
  numberText: string;
  /** Whether a parent's action was attempted (a refusal then wrote nothing). */
  posted: boolean;
  view: PositionView | null;
  /** A parent's action that was just carried out. */
  done: { action: string; transactionHash: string; blockNumber: number } | null;
  error: string | null;
}

const doneWords = { Accept: "doneAccept", Decline: "doneDecline" } as const;

/** An application's place in each chosen kindergarten's queue, and the parent's actions. */
export function PositionPage({ frame, numberText, posted, view, done, error }: PositionProps) {
  const { locale } = frame;
  const m = wordsIn(locale, queueWords);
  const title = view ? format(m.positionTitle, { number: view.number }) : m.positionLink;
  return (
    <Layout frame={frame} title={title}>
      <LookupForm locale={locale} page="position" label={m.lookupNumber} value={numberText} />
      {error && (
        <ErrorNotice
          testId="queue-error"
          title={posted ? m.actionErrorTitle : null}
          message={error}
          after={posted ? m.nothingWritten : null}
        />
      )}
      {done && (
        <div className="notice" role="status" data-testid="queue-action-done">
          <p>
            <strong>{m.done}</strong>{" "}
            {m[doneWords[done.action as keyof typeof doneWords] ?? "doneWithdraw"]}
          </p>
          <p className="hash">
            {m.transaction}: <span data-testid="queue-action-tx">{done.transactionHash}</span> ·{" "}
            {m.block} {done.blockNumber}
          </p>
        </div>
      )}
      {view && <PositionDetails locale={locale} view={view} m={m} />}
    </Layout>
  );
}

function PositionDetails({
  locale,
  view,
  m,
}: {
  locale: Locale;
  view: PositionView;
  m: QueueText;
}) {
  const action = `/${locale}/queue/position?number=${view.number}`;
  return (
    <>
      <p className="verified" data-testid="queue-verified-block" data-block={view.blockNumber}>
        {format(m.verifiedAt, { block: view.blockNumber })}
      </p>
      <Facts
        className="card card-chain"
        facts={[
          {
            label: m.status,
            value: view.status.label,
            testId: "queue-application-status",
            data: { "data-status": view.status.name },
          },
          { label: m.claim, value: view.claim, testId: "queue-claim" },
          { label: m.submittedAt, value: view.submittedAt },
        ]}
      />
      <h2>{m.kindergartens}</h2>
      <ol className="directory">
        {view.preferences.map((preference) => (
          <Preference key={preference.kindergarten} preference={preference} action={action} m={m} />
        ))}
      </ol>
      {view.canWithdraw && (
        <form method="post" action={action} className="card" data-testid="queue-withdraw-form">
          <h2>{m.withdraw}</h2>
          <input type="hidden" name="action" value="Withdraw" />
          <SecretField id="secret-withdraw" label={m.secret} testId="queue-withdraw-secret" />
          <button type="submit" data-testid="queue-withdraw">
            {m.withdraw}
          </button>
        </form>
      )}
      <section className="card card-index">
        <h2>{m.history}</h2>
        <p className="muted">{m.historyHint}</p>
        {view.history.length === 0 && <p>{m.noHistory}</p>}
        {view.history.map((queue) => (
          <figure key={queue.kindergarten}>
            <figcaption>{queue.name}</figcaption>
            <PositionChart
              points={queue.points}
              labels={{ title: queue.name, ahead: m.chartAhead, waiting: m.chartWaiting }}
              testId={`queue-history-chart-${queue.kindergarten}`}
            />
          </figure>
        ))}
      </section>
    </>
  );
}

function SecretField({ id, label, testId }: { id: string; label: string; testId: string }) {
  return (
    <Field id={id} label={label}>
      <SecretInput id={id} testId={testId} placeholder="XXXX-XXXX-XXXX-XXXX-XXXX" required />
    </Field>
  );
}

function Preference(props: { preference: PreferenceView; action: string; m: QueueText }) {
  const { preference, action, m } = props;
  const { offer } = preference;
  return (
    <li className="card" data-testid={`queue-preference-${preference.kindergarten}`}>
      <h3>{preference.name}</h3>
      <p>
        {m.status}:{" "}
        <strong data-testid="queue-member-status" data-status={preference.status.name}>
          {preference.status.label}
        </strong>
      </p>
      {preference.ahead !== null && (
        <>
          <p>
            {m.ahead}: <strong data-testid="queue-ahead">{preference.ahead}</strong>
          </p>
          {preference.aheadByTier.length > 0 && (
            <Facts
              testId="queue-ahead-by-tier"
              label={m.aheadByTier}
              facts={preference.aheadByTier.map((row) => ({ label: row.label, value: row.count }))}
            />
          )}
        </>
      )}
      {offer && (
        <div data-testid="queue-offer" data-offer={offer.id} data-status={offer.status.name}>
          <p>
            <strong>{format(m.offer, { offer: offer.id })}</strong>: {offer.status.label}
            {offer.status.name === "Pending" && ` · ${format(m.offerUntil, { date: offer.until })}`}
          </p>
          {offer.expired && <p className="notice notice-warning">{m.offerExpired}</p>}
          {offer.status.name === "Pending" && (
            <form method="post" action={action} data-testid={`queue-offer-form-${offer.id}`}>
              <input type="hidden" name="offerId" value={offer.id} />
              <p className="muted">{m.parentActionsHint}</p>
              <SecretField
                id={`secret-offer-${offer.id}`}
                label={m.secret}
                testId="queue-offer-secret"
              />
              <div className="actions">
                <button type="submit" name="action" value="Accept" data-testid="queue-accept">
                  {m.accept}
                </button>
                <button type="submit" name="action" value="Decline" data-testid="queue-decline">
                  {m.decline}
                </button>
              </div>
            </form>
          )}
        </div>
      )}
    </li>
  );
}
