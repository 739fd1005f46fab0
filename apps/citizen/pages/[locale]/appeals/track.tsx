import type { GetServerSideProps, PageConfig } from "next";
import { appealWord } from "@ishonch/i18n";
import { MAX_RATING, formatCitizenSecret } from "@ishonch/sdk";
import { Layout } from "../../../src/components/Layout.tsx";
import { field, files, readForm } from "../../../src/server/form.ts";
import {
  escalateCitizenAppeal,
  openCitizenAppeal,
  rateCitizenAppeal,
} from "../../../src/appeals/server.ts";
import {
  appealStatusView,
  documentView,
  errorText,
  type AppealStatusView,
  type DocumentView,
} from "../../../src/appeals/views.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import type { PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface TrackProps {
  frame: PageFrame;
  trackingNumber: string;
  /** Sent back in the page's own forms, so rating and escalating need no retyping. */
  secret: string;
  error: string | null;
  done: string | null;
  appeal: AppealStatusView | null;
  content: DocumentView | null;
  answer: DocumentView | null;
}

export const getServerSideProps: GetServerSideProps<TrackProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const { locale } = frame;
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
          await rateCitizenAppeal(opened.view, secret, field(form, "rating"));
          props.done = appealWord(locale, "done");
        } else {
          const escalated = await escalateCitizenAppeal(
            opened.view,
            secret,
            field(form, "complaint"),
            await files(form, "files"),
          );
          props.done = appealWord(locale, "escalatedTo", { id: escalated.escalationId });
        }
        ({ opened, secret } = await openCitizenAppeal(props.trackingNumber, props.secret));
      } catch (error) {
        props.error = errorText(locale, error);
      }
    }
    props.appeal = appealStatusView(locale, opened.view);
    props.content = documentView(opened.appeal);
    props.answer = documentView(opened.answer);
  } catch (error) {
    props.error = errorText(locale, error);
  }
  return { props };
};

function DocumentBlock({ document, testId }: { document: DocumentView; testId: string }) {
  return (
    <div data-testid={testId}>
      <p style={{ whiteSpace: "pre-wrap" }}>{document.text}</p>
      {document.attachments.length > 0 && (
        <ul>
          {document.attachments.map((file, i) => (
            <li key={i}>
              {file.name} ({file.mediaType}, {Math.ceil(file.size / 1024)} KB)
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default function TrackPage(props: TrackProps) {
  const { frame, appeal, content, answer, error, done } = props;
  const { locale } = frame;
  const w = (word: Parameters<typeof appealWord>[1], v?: Record<string, unknown>) =>
    appealWord(locale, word, v);
  const hidden = (
    <>
      <input type="hidden" name="trackingNumber" value={props.trackingNumber} />
      <input type="hidden" name="secret" value={props.secret} />
    </>
  );
  return (
    <Layout frame={frame} title={w("trackTitle")}>
      <h1>{w("trackTitle")}</h1>
      {error && (
        <p className="notice notice-error" role="alert" data-testid="appeal-error">
          {error}
        </p>
      )}
      {done && (
        <p className="notice" role="status" data-testid="appeal-done">
          {done}
        </p>
      )}
      {!appeal && (
        <form method="post" className="card" data-testid="track-form">
          <div className="field">
            <label htmlFor="trackingNumber">{w("trackingLabel")}</label>
            <input
              id="trackingNumber"
              name="trackingNumber"
              inputMode="numeric"
              defaultValue={props.trackingNumber}
            />
          </div>
          <div className="field">
            <label htmlFor="secret">{w("secretLabel")}</label>
            <input id="secret" name="secret" autoComplete="off" />
          </div>
          <div className="actions">
            <button type="submit">{w("open")}</button>
          </div>
        </form>
      )}
      {appeal && (
        <>
          <section className="card card-chain" data-testid="appeal-status">
            <h2>
              {w("trackingNumber")} {appeal.id} · {appeal.type}
            </h2>
            <dl className="facts">
              <dt>{w("status")}</dt>
              <dd>
                <span
                  className={`badge badge-${appeal.status.name}`}
                  data-status={appeal.status.name}
                >
                  {appeal.status.label}
                </span>
              </dd>
              <dt>{w("agency")}</dt>
              <dd>{appeal.agencyId}</dd>
              <dt>{w("registeredAt")}</dt>
              <dd>{appeal.registeredAt}</dd>
              <dt>{w("deadline")}</dt>
              <dd data-testid="appeal-deadline">{appeal.deadline}</dd>
              {appeal.answeredAt && (
                <>
                  <dt>{w("answeredAt")}</dt>
                  <dd>{appeal.answeredAt}</dd>
                </>
              )}
              {appeal.rating !== null && (
                <>
                  <dt>{w("rating")}</dt>
                  <dd>{appeal.rating}</dd>
                </>
              )}
            </dl>
            {appeal.overdue && (
              <p className="notice notice-warning" data-testid="appeal-overdue">
                {w("overdueNotice")}
              </p>
            )}
            {appeal.escalatedFrom !== null && (
              <p>{w("escalatedFrom", { id: appeal.escalatedFrom })}</p>
            )}
            {appeal.escalatedTo !== null && <p>{w("escalatedTo", { id: appeal.escalatedTo })}</p>}
            <p className="muted verified">
              {w("fromChain", { block: appeal.blockNumber, time: appeal.chainTime })}
            </p>
          </section>
          {content && (
            <section className="card">
              <h2>{w("yourAppeal")}</h2>
              <DocumentBlock document={content} testId="appeal-text" />
            </section>
          )}
          <section className="card">
            <h2>{w("answer")}</h2>
            {answer ? (
              <DocumentBlock document={answer} testId="appeal-answer" />
            ) : (
              <p>{w("noAnswer")}</p>
            )}
          </section>
          {appeal.canRate && (
            <form method="post" className="card" data-testid="rate-form">
              <h2>{w("rateTitle")}</h2>
              <p className="muted">{w("rateHint")}</p>
              {hidden}
              <input type="hidden" name="action" value="rate" />
              <div className="field">
                <label htmlFor="rating">{w("rating")}</label>
                <select id="rating" name="rating" defaultValue="">
                  <option value="" disabled>
                    —
                  </option>
                  {Array.from({ length: MAX_RATING }, (_, i) => (
                    <option key={i + 1} value={i + 1}>
                      {i + 1}
                    </option>
                  ))}
                </select>
              </div>
              <div className="actions">
                <button type="submit">{w("rate")}</button>
              </div>
            </form>
          )}
          {appeal.canEscalate && (
            <form
              method="post"
              encType="multipart/form-data"
              className="card"
              data-testid="escalate-form"
            >
              <h2>{w("escalateTitle")}</h2>
              {hidden}
              <input type="hidden" name="action" value="escalate" />
              <div className="field">
                <label htmlFor="complaint">{w("escalateText")}</label>
                <textarea id="complaint" name="complaint" rows={5} />
              </div>
              <div className="field">
                <label htmlFor="files">{w("filesLabel")}</label>
                <input
                  id="files"
                  name="files"
                  type="file"
                  multiple
                  accept="application/pdf,image/jpeg,image/png"
                />
              </div>
              <div className="actions">
                <button type="submit">{w("escalate")}</button>
              </div>
            </form>
          )}
        </>
      )}
    </Layout>
  );
}
