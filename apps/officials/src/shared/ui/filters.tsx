/** Fields of plain GET search forms, which work without JavaScript: the query string is the state. */
import { label, type Locale, type Vocabulary, type VocabularyName } from "@ishonch/i18n";

/** One choice of a list: the value sent, the words shown. */
export interface Choice {
  value: string;
  label: string;
}

/** The values of one of the contracts' enums, in words. */
export function vocabularyChoices<V extends Vocabulary>(
  locale: Locale,
  vocabulary: V,
  names: readonly VocabularyName<V>[],
): Choice[] {
  return names.map((name) => ({ value: String(name), label: label(locale, vocabulary, name) }));
}

/** A filter chosen from a list, "any" first; the field's id is its name. */
export function FilterSelect(props: {
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  options: readonly Choice[];
}) {
  return (
    <div className="field">
      <label htmlFor={props.name}>{props.label}</label>
      <select id={props.name} name={props.name} defaultValue={props.value ?? ""}>
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A typed filter; the field's id is its name. */
export function FilterInput(props: {
  name: string;
  label: string;
  value: string | number | undefined;
  type?: "search" | "text";
  numeric?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={props.name}>{props.label}</label>
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? "search"}
        inputMode={props.numeric ? "numeric" : undefined}
        defaultValue={props.value ?? ""}
      />
    </div>
  );
}
