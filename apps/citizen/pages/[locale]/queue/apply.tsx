import type { GetServerSideProps, PageConfig } from "next";
import { queueCategoryWords, queueCodeLabel, queueWord, type Locale } from "@ishonch/i18n";
import { MAX_PREFERENCES } from "@ishonch/sdk";
import { Layout } from "../../../src/components/Layout.tsx";
import { field, readForm } from "../../../src/server/form.ts";
import {
  applicationChoices,
  applyForPlace,
  type ApplicationForm,
  type ApplicationReceipt,
} from "../../../src/queue/server.ts";
import { defaultStartDate } from "../../../src/queue/input.ts";
import { queueErrorText } from "../../../src/queue/views.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import type { Option, PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface ApplyProps {
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

export const getServerSideProps: GetServerSideProps<ApplyProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const { locale } = frame;
  const chosen = typeof context.query.district === "string" ? context.query.district : "";
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
    if (context.req.method === "POST") props.receipt = await applyForPlace(props.values);
  } catch (error) {
    props.error = queueErrorText(locale, error);
  }
  return { props };
};

export default function ApplyPage(props: ApplyProps) {
  const { frame, receipt } = props;
  const { locale } = frame;
  const w = (word: Parameters<typeof queueWord>[1], v?: Record<string, unknown>) =>
    queueWord(locale, word, v);
  if (receipt) {
    return (
      <Layout frame={frame} title={w("receiptTitle")}>
        <h1>{w("receiptTitle")}</h1>
        <dl className="facts card" data-testid="queue-receipt">
          <dt>{w("applicationNumber")}</dt>
          <dd data-testid="queue-application-number">{receipt.application}</dd>
          <dt>{w("secret")}</dt>
          <dd className="hash" data-testid="queue-secret">
            {receipt.secret}
          </dd>
          <dt>{w("transaction")}</dt>
          <dd className="hash" data-testid="queue-tx">
            {receipt.transactionHash}
          </dd>
          <dt>{w("block")}</dt>
          <dd data-testid="queue-block">{receipt.blockNumber}</dd>
        </dl>
        <p className="notice notice-warning">{w("secretOnce")}</p>
        <p>
          <a
            href={`/${locale}/queue/position?number=${receipt.application}`}
            data-testid="queue-see-position"
          >
            {w("seePosition")}
          </a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout frame={frame} title={w("applyTitle")}>
      <h1>{w("applyTitle")}</h1>
      {props.error && (
        <div className="notice notice-error" role="alert" data-testid="queue-error">
          <p>
            <strong>{w("errorTitle")}</strong>
          </p>
          <p>{props.error}</p>
          <p>{w("nothingWritten")}</p>
        </div>
      )}
      {props.district ? (
        <ApplicationFormCard {...props} district={props.district} />
      ) : (
        <section className="card">
          <h2>{w("chooseDistrict")}</h2>
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

function ApplicationFormCard({
  frame,
  district,
  kindergartens,
  categories,
  values,
}: ApplyProps & { district: Option }) {
  const w = (word: Parameters<typeof queueWord>[1], v?: Record<string, unknown>) =>
    queueWord(frame.locale, word, v);
  const ranks = Array.from({ length: MAX_PREFERENCES }, (_, i) => i);
  return (
    <form method="post" className="card" data-testid="queue-apply-form">
      <input type="hidden" name="district" value={district.value} />
      <p>
        {w("district")}: <strong>{district.label}</strong>
      </p>
      <div className="field">
        <label htmlFor="childId">{w("childId")}</label>
        <input
          id="childId"
          name="childId"
          defaultValue={values.childId}
          autoComplete="off"
          required
        />
        <p className="muted">{w("childIdHint")}</p>
      </div>
      <div className="field">
        <label htmlFor="birthDate">{w("birthDate")}</label>
        <input
          id="birthDate"
          name="birthDate"
          type="date"
          defaultValue={values.birthDate}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="startDate">{w("startDate")}</label>
        <input
          id="startDate"
          name="startDate"
          type="date"
          defaultValue={values.startDate}
          required
        />
      </div>
      {ranks.map((rank) => (
        <div className="field" key={rank}>
          <label htmlFor={`kindergarten-${rank + 1}`}>{w("preference", { n: rank + 1 })}</label>
          <select
            id={`kindergarten-${rank + 1}`}
            name="kindergarten"
            defaultValue={values.kindergartens[rank] ?? ""}
          >
            <option value="">{w("noChoice")}</option>
            {kindergartens.map((kindergarten) => (
              <option key={kindergarten.value} value={kindergarten.value}>
                {kindergarten.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field">
        <label htmlFor="category">{w("category")}</label>
        <select id="category" name="category" defaultValue={values.category}>
          {categories.map((category) => (
            <option key={category.value} value={category.value}>
              {category.label}
            </option>
          ))}
        </select>
        <p className="muted">{w("categoryHint")}</p>
      </div>
      <button type="submit" data-testid="queue-apply-submit">
        {w("submit")}
      </button>
    </form>
  );
}
