import type { GetServerSideProps, PageConfig } from "next";
import { queueWord, type Locale } from "@ishonch/i18n";
import { Layout } from "../../../src/components/Layout.tsx";
import { LookupForm } from "../../../src/queue/LookupForm.tsx";
import { field, readForm } from "../../../src/server/form.ts";
import { PositionChart } from "../../../src/queue/charts.tsx";
import { QueueInputFailure, parseNumber } from "../../../src/queue/input.ts";
import { loadPosition, parentAction } from "../../../src/queue/server.ts";
import {
  positionView,
  type PositionView,
  type PreferenceView,
} from "../../../src/queue/view-models.ts";
import { queueErrorText } from "../../../src/queue/views.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import type { PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface PositionProps {
  frame: PageFrame;
  numberText: string;
  /** Whether a parent's action was attempted (a refusal then wrote nothing). */
  posted: boolean;
  view: PositionView | null;
  /** A parent's action that was just carried out. */
  done: { action: string; transactionHash: string; blockNumber: number } | null;
  error: string | null;
}

export const getServerSideProps: GetServerSideProps<PositionProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const { locale } = frame;
  const numberText = typeof context.query.number === "string" ? context.query.number : "";
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
      const result = await parentAction({
        application: number,
        action,
        offerId: Number(field(form, "offerId")) || 0,
        secret: field(form, "secret"),
      });
      props.done = {
        action,
        transactionHash: result.transactionHash,
        blockNumber: result.blockNumber,
      };
    }
  } catch (error) {
    props.error = queueErrorText(locale, error);
  }
  if (number !== null) {
    try {
      props.view = positionView(locale, await loadPosition(number));
    } catch (error) {
      props.error ??= queueErrorText(locale, error);
    }
  }
  return { props };
};

export default function PositionPage({
  frame,
  numberText,
  posted,
  view,
  done,
  error,
}: PositionProps) {
  const { locale } = frame;
  const w = (word: Parameters<typeof queueWord>[1], v?: Record<string, unknown>) =>
    queueWord(locale, word, v);
  const title = view ? w("positionTitle", { number: view.number }) : w("positionLink");
  return (
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <LookupForm
        action={`/${locale}/queue/position`}
        name="number"
        label={w("lookupNumber")}
        button={w("lookup")}
        value={numberText}
        testId="queue-lookup"
      />
      {error && (
        <div className="notice notice-error" role="alert" data-testid="queue-error">
          {posted && (
            <p>
              <strong>{w("actionErrorTitle")}</strong>
            </p>
          )}
          <p>{error}</p>
          {posted && <p>{w("nothingWritten")}</p>}
        </div>
      )}
      {done && (
        <div className="notice" role="status" data-testid="queue-action-done">
          <p>
            <strong>{w("done")}</strong>{" "}
            {w(
              done.action === "Accept"
                ? "doneAccept"
                : done.action === "Decline"
                  ? "doneDecline"
                  : "doneWithdraw",
            )}
          </p>
          <p className="hash">
            {w("transaction")}: <span data-testid="queue-action-tx">{done.transactionHash}</span> ·{" "}
            {w("block")} {done.blockNumber}
          </p>
        </div>
      )}
      {view && <PositionDetails locale={locale} view={view} />}
    </Layout>
  );
}

function PositionDetails({ locale, view }: { locale: Locale; view: PositionView }) {
  const w = (word: Parameters<typeof queueWord>[1], v?: Record<string, unknown>) =>
    queueWord(locale, word, v);
  const action = `/${locale}/queue/position?number=${view.number}`;
  return (
    <>
      <p className="verified" data-testid="queue-verified-block" data-block={view.blockNumber}>
        {w("verifiedAt", { block: view.blockNumber })}
      </p>
      <dl className="facts card card-chain">
        <dt>{w("status")}</dt>
        <dd data-testid="queue-application-status" data-status={view.status.name}>
          {view.status.label}
        </dd>
        <dt>{w("claim")}</dt>
        <dd data-testid="queue-claim">{view.claim}</dd>
        <dt>{w("submittedAt")}</dt>
        <dd>{view.submittedAt}</dd>
      </dl>
      <h2>{w("kindergartens")}</h2>
      <ol className="directory">
        {view.preferences.map((preference) => (
          <Preference
            key={preference.kindergarten}
            locale={locale}
            preference={preference}
            action={action}
          />
        ))}
      </ol>
      {view.canWithdraw && (
        <form method="post" action={action} className="card" data-testid="queue-withdraw-form">
          <h2>{w("withdraw")}</h2>
          <input type="hidden" name="action" value="Withdraw" />
          <SecretField id="secret-withdraw" label={w("secret")} testId="queue-withdraw-secret" />
          <button type="submit" data-testid="queue-withdraw">
            {w("withdraw")}
          </button>
        </form>
      )}
      <section className="card card-index">
        <h2>{w("history")}</h2>
        <p className="muted">{w("historyHint")}</p>
        {view.history.length === 0 && <p>{w("noHistory")}</p>}
        {view.history.map((queue) => (
          <figure key={queue.kindergarten}>
            <figcaption>{queue.name}</figcaption>
            <PositionChart
              points={queue.points}
              labels={{ title: queue.name, ahead: w("chartAhead"), waiting: w("chartWaiting") }}
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
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="secret"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="XXXX-XXXX-XXXX-XXXX-XXXX"
        data-testid={testId}
        required
      />
    </div>
  );
}

function Preference({
  locale,
  preference,
  action,
}: {
  locale: Locale;
  preference: PreferenceView;
  action: string;
}) {
  const w = (word: Parameters<typeof queueWord>[1], v?: Record<string, unknown>) =>
    queueWord(locale, word, v);
  const { offer } = preference;
  return (
    <li className="card" data-testid={`queue-preference-${preference.kindergarten}`}>
      <h3>{preference.name}</h3>
      <p>
        {w("status")}:{" "}
        <strong data-testid="queue-member-status" data-status={preference.status.name}>
          {preference.status.label}
        </strong>
      </p>
      {preference.ahead !== null && (
        <>
          <p>
            {w("ahead")}: <strong data-testid="queue-ahead">{preference.ahead}</strong>
          </p>
          {preference.aheadByTier.length > 0 && (
            <dl className="facts" data-testid="queue-ahead-by-tier" aria-label={w("aheadByTier")}>
              {preference.aheadByTier.map((row) => (
                <div key={row.label}>
                  <dt>{row.label}</dt>
                  <dd>{row.count}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
      {offer && (
        <div data-testid="queue-offer" data-offer={offer.id} data-status={offer.status.name}>
          <p>
            <strong>{w("offer", { offer: offer.id })}</strong>: {offer.status.label}
            {offer.status.name === "Pending" && ` · ${w("offerUntil", { date: offer.until })}`}
          </p>
          {offer.expired && <p className="notice notice-warning">{w("offerExpired")}</p>}
          {offer.status.name === "Pending" && (
            <form method="post" action={action} data-testid={`queue-offer-form-${offer.id}`}>
              <input type="hidden" name="offerId" value={offer.id} />
              <p className="muted">{w("parentActionsHint")}</p>
              <SecretField
                id={`secret-offer-${offer.id}`}
                label={w("secret")}
                testId="queue-offer-secret"
              />
              <div className="actions">
                <button type="submit" name="action" value="Accept" data-testid="queue-accept">
                  {w("accept")}
                </button>
                <button type="submit" name="action" value="Decline" data-testid="queue-decline">
                  {w("decline")}
                </button>
              </div>
            </form>
          )}
        </div>
      )}
    </li>
  );
}
