import { format, wordsIn } from "@ishonch/i18n";
import { MAX_APPEAL_TEXT_LENGTH, MAX_ATTACHMENTS } from "@ishonch/sdk";
import { Field, Options } from "../../shared/ui/Field.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import { ErrorNotice } from "../../shared/ui/Notice.tsx";
import { ReceiptPage } from "../../shared/ui/ReceiptPage.tsx";
import type { Option, PageFrame } from "../../shared/view-models.ts";
import { AttachmentsField } from "./AttachmentsField.tsx";
import type { FiledReceipt } from "./server/appeals.ts";
import { appealWords } from "./words.ts";

export interface NewAppealProps {
  frame: PageFrame;
  agencies: Option[];
  types: Option[];
  /** What the citizen sent, kept when the appeal is refused. */
  values: { appealType: string; agencyId: string; text: string };
  error: string | null;
  filed: (FiledReceipt & { registeredAtText: string; deadlineText: string }) | null;
}

/** A citizen files an appeal; its receipt shows the tracking number and the secret once. */
export function NewAppealPage(props: NewAppealProps) {
  const { frame, agencies, types, values, error, filed } = props;
  const m = wordsIn(frame.locale, appealWords);
  if (filed) {
    return (
      <ReceiptPage
        frame={frame}
        title={m.filedTitle}
        testId="appeal-receipt"
        facts={[
          { label: m.trackingNumber, value: filed.id, testId: "tracking-number" },
          { label: m.secret, value: filed.secret, testId: "appeal-secret", className: "hash" },
          { label: m.registeredAt, value: filed.registeredAtText },
          { label: m.deadline, value: filed.deadlineText, testId: "appeal-deadline" },
          {
            label: m.receipt,
            value: filed.transactionHash,
            testId: "appeal-tx",
            className: "hash",
          },
        ]}
        secretOnce={m.secretOnce}
        next={<a href={`/${frame.locale}/appeals/track`}>{m.track}</a>}
      />
    );
  }
  return (
    <Layout frame={frame} title={m.newAppeal} lead={m.intro}>
      {error && (
        <ErrorNotice
          testId="appeal-error"
          title={m.errorTitle}
          message={error}
          after={m.nothingWritten}
        />
      )}
      <form method="post" encType="multipart/form-data" className="card" data-testid="appeal-form">
        <Field id="appealType" label={m.typeLabel} hint={m.deadlineRule}>
          <select id="appealType" name="appealType" defaultValue={values.appealType}>
            <Options options={types} />
          </select>
        </Field>
        <Field id="agencyId" label={m.agencyLabel}>
          <select id="agencyId" name="agencyId" defaultValue={values.agencyId} required>
            <Options options={agencies} />
          </select>
        </Field>
        <Field
          id="text"
          label={m.textLabel}
          hint={format(m.textHint, { max: MAX_APPEAL_TEXT_LENGTH })}
        >
          <textarea id="text" name="text" rows={8} defaultValue={values.text} />
        </Field>
        <AttachmentsField
          label={m.filesLabel}
          hint={format(m.filesHint, { max: MAX_ATTACHMENTS })}
        />
        <div className="actions">
          <button type="submit">{m.send}</button>
        </div>
      </form>
    </Layout>
  );
}
