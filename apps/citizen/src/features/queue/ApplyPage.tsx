import { format, wordsIn, type InLocale } from "@ishonch/i18n";
import { MAX_PREFERENCES } from "@ishonch/sdk";
import { Field, InputField, Options } from "../../shared/ui/Field.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import { ErrorNotice } from "../../shared/ui/Notice.tsx";
import { ReceiptPage } from "../../shared/ui/ReceiptPage.tsx";
import type { Option, PageFrame } from "../../shared/view-models.ts";
import type { ApplicationForm, ApplicationReceipt } from "./server/queue.ts";
import { queueWords } from "./words.ts";

type QueueText = InLocale<typeof queueWords>;

export interface ApplyProps {
  frame: PageFrame;
  districts: Option[];
  /** The chosen district, once picked (step 2 of the form). */
  district: Option | null;
  kindergartens: Option[];
  categories: Option[];
  values: ApplicationForm;
  error: string | null;
  receipt: ApplicationReceipt | null;
}

/** A parent applies for a kindergarten place: the district, then the form, then the receipt. */
export function ApplyPage(props: ApplyProps) {
  const { frame, receipt } = props;
  const { locale } = frame;
  const m = wordsIn(locale, queueWords);
  if (receipt) {
    return (
      <ReceiptPage
        frame={frame}
        title={m.receiptTitle}
        testId="queue-receipt"
        facts={[
          {
            label: m.applicationNumber,
            value: receipt.application,
            testId: "queue-application-number",
          },
          { label: m.secret, value: receipt.secret, testId: "queue-secret", className: "hash" },
          {
            label: m.transaction,
            value: receipt.transactionHash,
            testId: "queue-tx",
            className: "hash",
          },
          { label: m.block, value: receipt.blockNumber, testId: "queue-block" },
        ]}
        secretOnce={m.secretOnce}
        next={
          <a
            href={`/${frame.locale}/queue/position?number=${receipt.application}`}
            data-testid="queue-see-position"
          >
            {m.seePosition}
          </a>
        }
      />
    );
  }
  return (
    <Layout frame={frame} title={m.applyTitle}>
      {props.error && (
        <ErrorNotice
          testId="queue-error"
          title={m.errorTitle}
          message={props.error}
          after={m.nothingWritten}
        />
      )}
      {props.district ? (
        <ApplicationFormCard {...props} district={props.district} m={m} />
      ) : (
        <section className="card">
          <h2>{m.chooseDistrict}</h2>
          <ul data-testid="queue-districts">
            {props.districts.map((district) => (
              <li key={district.value}>
                <a href={`/${locale}/queue/apply?district=${district.value}`}>{district.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

function ApplicationFormCard(props: ApplyProps & { district: Option; m: QueueText }) {
  const { district, kindergartens, categories, values, m } = props;
  const ranks = Array.from({ length: MAX_PREFERENCES }, (_, i) => i);
  return (
    <form method="post" className="card" data-testid="queue-apply-form">
      <input type="hidden" name="district" value={district.value} />
      <p>
        {m.district}: <strong>{district.label}</strong>
      </p>
      <InputField
        id="childId"
        label={m.childId}
        hint={m.childIdHint}
        name="childId"
        defaultValue={values.childId}
        autoComplete="off"
        required
      />
      {(["birthDate", "startDate"] as const).map((name) => (
        <InputField
          key={name}
          id={name}
          label={m[name]}
          name={name}
          type="date"
          defaultValue={values[name]}
          required
        />
      ))}
      {ranks.map((rank) => (
        <Field
          key={rank}
          id={`kindergarten-${rank + 1}`}
          label={format(m.preference, { n: rank + 1 })}
        >
          <select
            id={`kindergarten-${rank + 1}`}
            name="kindergarten"
            defaultValue={values.kindergartens[rank] ?? ""}
          >
            <option value="">{m.noChoice}</option>
            <Options options={kindergartens} />
          </select>
        </Field>
      ))}
      <Field id="category" label={m.category} hint={m.categoryHint}>
        <select id="category" name="category" defaultValue={values.category}>
          <Options options={categories} />
        </select>
      </Field>
      <button type="submit" data-testid="queue-apply-submit">
        {m.submit}
      </button>
    </form>
  );
}
