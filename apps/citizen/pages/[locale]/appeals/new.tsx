import type { GetServerSideProps, PageConfig } from "next";
import { appealTypeWords, appealWord, appealInputErrorWords, type Locale } from "@ishonch/i18n";
import { MAX_APPEAL_TEXT_LENGTH, MAX_ATTACHMENTS, appealTypeNames } from "@ishonch/sdk";
import { Layout } from "../../../src/components/Layout.tsx";
import { FormTooLargeError, field, files, readForm } from "../../../src/server/form.ts";
import {
  agencyChoices,
  fileCitizenAppeal,
  type FiledReceipt,
} from "../../../src/appeals/server.ts";
import { errorText } from "../../../src/appeals/views.ts";
import { formatDateTime } from "../../../src/server/format.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import type { Option, PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface NewAppealProps {
  frame: PageFrame;
  agencies: Option[];
  types: Option[];
  /** What the citizen sent, kept when the appeal is refused. */
  values: { appealType: string; agencyId: string; text: string };
  error: string | null;
  filed: (FiledReceipt & { registeredAtText: string; deadlineText: string }) | null;
}

function typeOptions(locale: Locale): Option[] {
  return appealTypeNames.map((name) => ({ value: name, label: appealTypeWords[name][locale] }));
}

export const getServerSideProps: GetServerSideProps<NewAppealProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const { locale } = frame;
  const props: NewAppealProps = {
    frame,
    agencies: [],
    types: typeOptions(locale),
    values: { appealType: "Complaint", agencyId: "", text: "" },
    error: null,
    filed: null,
  };
  try {
    props.agencies = (await agencyChoices()).map((agency) => ({
      value: String(agency.id),
      label: agency.name,
    }));
  } catch (error) {
    props.error = errorText(locale, error);
  }
  if (context.req.method !== "POST") return { props };
  try {
    const form = await readForm(context.req);
    props.values = {
      appealType: field(form, "appealType"),
      agencyId: field(form, "agencyId"),
      text: field(form, "text"),
    };
    const filed = await fileCitizenAppeal({ ...props.values, files: await files(form, "files") });
    props.filed = {
      ...filed,
      registeredAtText: formatDateTime(locale, new Date(filed.registeredAt)),
      deadlineText: formatDateTime(locale, new Date(filed.deadline)),
    };
  } catch (error) {
    props.error =
      error instanceof FormTooLargeError
        ? appealInputErrorWords.AttachmentTooLarge[locale].replace("{name}", "…")
        : errorText(locale, error);
  }
  return { props };
};

export default function NewAppealPage({
  frame,
  agencies,
  types,
  values,
  error,
  filed,
}: NewAppealProps) {
  const { locale } = frame;
  const w = (word: Parameters<typeof appealWord>[1], v?: Record<string, unknown>) =>
    appealWord(locale, word, v);
  if (filed) {
    return (
      <Layout frame={frame} title={w("filedTitle")}>
        <h1>{w("filedTitle")}</h1>
        <dl className="facts card" data-testid="appeal-receipt">
          <dt>{w("trackingNumber")}</dt>
          <dd data-testid="tracking-number">{filed.id}</dd>
          <dt>{w("secret")}</dt>
          <dd className="hash" data-testid="appeal-secret">
            {filed.secret}
          </dd>
          <dt>{w("registeredAt")}</dt>
          <dd>{filed.registeredAtText}</dd>
          <dt>{w("deadline")}</dt>
          <dd data-testid="appeal-deadline">{filed.deadlineText}</dd>
          <dt>{w("receipt")}</dt>
          <dd className="hash" data-testid="appeal-tx">
            {filed.transactionHash}
          </dd>
        </dl>
        <p className="notice notice-warning">{w("secretOnce")}</p>
        <p>
          <a href={`/${locale}/appeals/track`}>{w("track")}</a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout frame={frame} title={w("newAppeal")}>
      <h1>{w("newAppeal")}</h1>
      <p className="lead">{w("intro")}</p>
      {error && (
        <div className="notice notice-error" role="alert" data-testid="appeal-error">
          <p>
            <strong>{w("errorTitle")}</strong>
          </p>
          <p>{error}</p>
          <p>{w("nothingWritten")}</p>
        </div>
      )}
      <form method="post" encType="multipart/form-data" className="card" data-testid="appeal-form">
        <div className="field">
          <label htmlFor="appealType">{w("typeLabel")}</label>
          <select id="appealType" name="appealType" defaultValue={values.appealType}>
            {types.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
              </option>
            ))}
          </select>
          <p className="muted">{w("deadlineRule")}</p>
        </div>
        <div className="field">
          <label htmlFor="agencyId">{w("agencyLabel")}</label>
          <select id="agencyId" name="agencyId" defaultValue={values.agencyId} required>
            {agencies.map((agency) => (
              <option key={agency.value} value={agency.value}>
                {agency.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="text">{w("textLabel")}</label>
          <textarea id="text" name="text" rows={8} defaultValue={values.text} />
          <p className="muted">{w("textHint", { max: MAX_APPEAL_TEXT_LENGTH })}</p>
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
          <p className="muted">{w("filesHint", { max: MAX_ATTACHMENTS })}</p>
        </div>
        <div className="actions">
          <button type="submit">{w("send")}</button>
        </div>
      </form>
    </Layout>
  );
}
