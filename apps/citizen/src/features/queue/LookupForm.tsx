import { wordsIn, type Locale } from "@ishonch/i18n";
import { queueWords } from "./words.ts";

/** The queue's look-ups by number: each one's page, its field's name and its test id. */
const lookups = {
  position: { name: "number", testId: "queue-lookup" },
  fairness: { name: "offer", testId: "queue-fairness-lookup" },
} as const;

/**
 * A one-field GET form to an application's position or an offer's fairness, by its number:
 * works without any script.
 */
export function LookupForm(props: {
  locale: Locale;
  page: keyof typeof lookups;
  label: string;
  value?: string;
}) {
  const { name, testId } = lookups[props.page];
  const m = wordsIn(props.locale, queueWords);
  return (
    <form
      method="get"
      action={`/${props.locale}/queue/${props.page}`}
      className="card search"
      data-testid={testId}
    >
      <label htmlFor={name}>{props.label}</label>
      <input id={name} name={name} inputMode="numeric" defaultValue={props.value ?? ""} required />
      <button type="submit">{m.lookup}</button>
    </form>
  );
}
