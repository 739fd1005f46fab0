import { queueCategoryWords, queueCodeLabel, type Locale } from "@ishonch/i18n";
import { field, readForm } from "../../../shared/server/form.ts";
import { framedPage, queryText } from "../../../shared/server/frame.ts";
import { requestAddress } from "../../../shared/server/limits.ts";
import { markRefusalStatus, refusalText } from "../../../shared/server/refusal.ts";
import type { Option } from "../../../shared/view-models.ts";
import type { ApplyProps } from "../ApplyPage.tsx";
import { defaultStartDate } from "../input.ts";
import { queueErrorText } from "../views.ts";
import { applicationChoices, applyForPlace, type ApplicationForm } from "./queue.ts";

const emptyForm = (district: string): ApplicationForm => ({
  district,
  childId: "",
  birthDate: "",
  startDate: defaultStartDate(),
  kindergartens: [],
  category: "0",
});

function categoryOptions(locale: Locale, ids: number[]): Option[] {
  return [0, ...ids].map((id) => ({
    value: String(id),
    label: queueCodeLabel(queueCategoryWords, locale, id),
  }));
}

/** The application form: first the district, then its kindergartens; a POST applies. */
export const applyPageProps = framedPage<ApplyProps>(async (context, frame) => {
  const { locale } = frame;
  const chosen = queryText(context, "district");
  const props: ApplyProps = {
    frame,
    districts: [],
    district: null,
    kindergartens: [],
    categories: categoryOptions(locale, []),
    values: emptyForm(chosen),
    error: null,
    receipt: null,
  };
  try {
    const choices = await applicationChoices();
    props.districts = choices.districts.map((d) => ({ value: String(d.id), label: d.name }));
    props.categories = categoryOptions(locale, choices.categories);
    if (context.req.method === "POST") {
      const form = await readForm(context.req);
      props.values = {
        district: field(form, "district"),
        childId: field(form, "childId"),
        birthDate: field(form, "birthDate"),
        startDate: field(form, "startDate"),
        kindergartens: form
          .getAll("kindergarten")
          .filter((value): value is string => typeof value === "string" && value !== ""),
        category: field(form, "category"),
      };
    }
    const district = choices.districts.find((d) => String(d.id) === props.values.district);
    if (district) {
      props.district = { value: String(district.id), label: district.name };
      props.kindergartens = district.kindergartens.map((k) => ({
        value: String(k.id),
        label: k.name,
      }));
    }
    if (context.req.method === "POST") {
      props.receipt = await applyForPlace(props.values, requestAddress(context.req));
    }
  } catch (error) {
    markRefusalStatus(context.res, error);
    props.error = refusalText(locale, error) ?? queueErrorText(locale, error);
  }
  return { props };
});
