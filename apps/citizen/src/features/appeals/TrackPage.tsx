import { format, wordsIn, type InLocale } from "@ishonch/i18n";
import { MAX_RATING } from "@ishonch/sdk";
import { Facts } from "../../shared/ui/Facts.tsx";
import { Field, InputField, SecretInput } from "../../shared/ui/Field.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { AttachmentsField } from "./AttachmentsField.tsx";
import type { AppealStatusView, DocumentView } from "./views.ts";
import { appealWords } from "./words.ts";

type AppealText = InLocale<typeof appealWords>;

export interface TrackProps {
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

/** A citizen opens their appeal with its number and secret; then rates or escalates it. */
export function TrackPage(props: TrackProps) {
  const { frame, appeal, content, answer, error, done } = props;
  const m = wordsIn(frame.locale, appealWords);
  const hidden = (
    <>
      <input type="hidden" name="trackingNumber" value={props.trackingNumber} />
      <input type="hidden" name="secret" value={props.secret} />
    </>
  );
  return (
    <Layout frame={frame} title={m.trackTitle}>
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
          <InputField
            id="trackingNumber"
            label={m.trackingLabel}
            name="trackingNumber"
            inputMode="numeric"
            defaultValue={props.trackingNumber}
          />
          <Field id="secret" label={m.secretLabel}>
            <SecretInput id="secret" />
          </Field>
          <div className="actions">
            <button type="submit">{m.open}</button>
          </div>
        </form>
      )}
      {appeal && (
        <>
          <AppealStatus appeal={appeal} m={m} />
          {content && (
            <section className="card">
              <h2>{m.yourAppeal}</h2>
              <DocumentBlock document={content} testId="appeal-text" />
            </section>
          )}
          <section className="card">
            <h2>{m.answer}</h2>
            {answer ? (
              <DocumentBlock document={answer} testId="appeal-answer" />
            ) : (
              <p>{m.noAnswer}</p>
            )}
          </section>
          {appeal.canRate && (
            <form method="post" className="card" data-testid="rate-form">
              <h2>{m.rateTitle}</h2>
              <p className="muted">{m.rateHint}</p>
              {hidden}
              <input type="hidden" name="action" value="rate" />
              <Field id="rating" label={m.rating}>
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
              </Field>
              <div className="actions">
                <button type="submit">{m.rate}</button>
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
              <h2>{m.escalateTitle}</h2>
              {hidden}
              <input type="hidden" name="action" value="escalate" />
              <Field id="complaint" label={m.escalateText}>
                <textarea id="complaint" name="complaint" rows={5} />
              </Field>
              <AttachmentsField label={m.filesLabel} />
              <div className="actions">
                <button type="submit">{m.escalate}</button>
              </div>
            </form>
          )}
        </>
      )}
    </Layout>
  );
}

/** The appeal's record as the chain states it now. */
function AppealStatus({ appeal, m }: { appeal: AppealStatusView; m: AppealText }) {
  return (
    <section className="card card-chain" data-testid="appeal-status">
      <h2>
        {m.trackingNumber} {appeal.id} · {appeal.type}
      </h2>
      <Facts
        facts={[
          {
            label: m.status,
            value: (
              <span
                className={`badge badge-${appeal.status.name}`}
                data-status={appeal.status.name}
              >
                {appeal.status.label}
              </span>
            ),
          },
          { label: m.agency, value: appeal.agencyId },
          { label: m.registeredAt, value: appeal.registeredAt },
          { label: m.deadline, value: appeal.deadline, testId: "appeal-deadline" },
          appeal.answeredAt !== null && { label: m.answeredAt, value: appeal.answeredAt },
          appeal.rating !== null && { label: m.rating, value: appeal.rating },
        ]}
      />
      {appeal.overdue && (
        <p className="notice notice-warning" data-testid="appeal-overdue">
          {m.overdueNotice}
        </p>
      )}
      {appeal.escalatedFrom !== null && (
        <p>{format(m.escalatedFrom, { id: appeal.escalatedFrom })}</p>
      )}
      {appeal.escalatedTo !== null && <p>{format(m.escalatedTo, { id: appeal.escalatedTo })}</p>}
      <p className="muted verified">
        {format(m.fromChain, { block: appeal.blockNumber, time: appeal.chainTime })}
      </p>
    </section>
  );
}
