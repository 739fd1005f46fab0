import { appealTypeWords, formatDateTime, type Locale } from "@ishonch/i18n";
import { appealTypeNames } from "@ishonch/sdk";
import { field, files, readForm } from "../../../shared/server/form.ts";
import { framedPage } from "../../../shared/server/frame.ts";
import { requestAddress } from "../../../shared/server/limits.ts";
import { markRefusalStatus, refusalText } from "../../../shared/server/refusal.ts";
import type { Option } from "../../../shared/view-models.ts";
import type { NewAppealProps } from "../NewAppealPage.tsx";
import { errorText } from "../views.ts";
import { agencyChoices, fileCitizenAppeal } from "./appeals.ts";

function typeOptions(locale: Locale): Option[] {
  return appealTypeNames.map((name) => ({ value: name, label: appealTypeWords[name][locale] }));
}

/** The appeal form; a POST files the appeal through the relayer and shows its receipt. */
export const newAppealPageProps = framedPage<NewAppealProps>(async (context, frame) => {
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
    const filed = await fileCitizenAppeal(
      { ...props.values, files: await files(form, "files") },
      requestAddress(context.req),
    );
    props.filed = {
      ...filed,
      registeredAtText: formatDateTime(locale, new Date(filed.registeredAt)),
      deadlineText: formatDateTime(locale, new Date(filed.deadline)),
    };
  } catch (error) {
    markRefusalStatus(context.res, error);
    props.error = refusalText(locale, error) ?? errorText(locale, error);
  }
  return { props };
});
