"use client";

import type { ComponentProps, ReactNode } from "react";
import { errorMessage, label, type Vocabulary, type VocabularyName } from "@ishonch/i18n";
import type { FieldProblem } from "./forms";
import { useLocale, useWords } from "./locale";
import { sharedWords } from "./words";

/** What every field shows around its control: a label, a hint, and its problem in words. */
interface FieldFrame {
  /** The control's id; the hint and the problem are `<id>-hint` and `<id>-error`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The field's problem in words, or nothing when the field is fine. */
  error?: string | undefined;
  /** A test id for the problem's paragraph. */
  errorTestId?: string;
  /** The id of a description outside the field (a note above the form), read first. */
  describedBy?: string;
}

/** The hint and the problem, described by the control; the problem marks it invalid. */
function describedBy({ id, hint, error, describedBy: outside }: FieldFrame) {
  const ids = [outside, hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
  } as const;
}

function Field(props: FieldFrame & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="field-error" id={`${props.id}-error`} data-testid={props.errorTestId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

type Control<Tag extends "input" | "select" | "textarea"> = FieldFrame &
  Omit<ComponentProps<Tag>, "id">;

export function InputField(props: Control<"input">) {
  const { label, hint, error, errorTestId, describedBy: outside, ...input } = props;
  const frame = { id: input.id, label, hint, error, errorTestId, describedBy: outside };
  return (
    <Field {...frame}>
      <input {...input} {...describedBy(frame)} />
    </Field>
  );
}

export function SelectField(props: Control<"select">) {
  const { label, hint, error, errorTestId, describedBy: outside, children, ...select } = props;
  const frame = { id: select.id, label, hint, error, errorTestId, describedBy: outside };
  return (
    <Field {...frame}>
      <select {...select} {...describedBy(frame)}>
        {children}
      </select>
    </Field>
  );
}

export function TextAreaField(props: Control<"textarea">) {
  const { label, hint, error, errorTestId, describedBy: outside, ...textarea } = props;
  const frame = { id: textarea.id, label, hint, error, errorTestId, describedBy: outside };
  return (
    <Field {...frame}>
      <textarea rows={5} {...textarea} {...describedBy(frame)} />
    </Field>
  );
}

/** The "choose…" first option of a list that must be chosen from. */
export function ChooseOption() {
  return <option value="">{useWords(sharedWords).form.choose}</option>;
}

/** Words for a form field's problem: the app's own, or the SDK's shared error words. */
export function useProblemText(): (problem: FieldProblem | undefined) => string | undefined {
  const locale = useLocale();
  const m = useWords(sharedWords);
  return (problem) => {
    if (!problem) return undefined;
    return problem.kind === "app" ? m.validation[problem.key] : errorMessage(locale, problem.error);
  };
}

/**
 * The buttons of a form that does one of two opposite things (grant or revoke, suspend or
 * reactivate): both submit, the first as the main one, and `name`'s value tells the handler
 * which was pressed (see `pressedValue`).
 */
export function ChoiceButtons(props: {
  name: string;
  busy: boolean;
  /** Each button's value and words, in order. */
  choices: Readonly<Record<string, string>>;
}) {
  return (
    <div className="actions">
      {Object.entries(props.choices).map(([value, words], index) => (
        <button
          key={value}
          type="submit"
          name={props.name}
          value={value}
          className={index > 0 ? "secondary" : undefined}
          disabled={props.busy}
        >
          {words}
        </button>
      ))}
    </div>
  );
}

/** Which of a form's ChoiceButtons was pressed. */
export function pressedValue(event: { nativeEvent: Event }): string | null {
  return (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ?? null;
}

/** A field for a machine's text (an address, a key): monospace, never completed or corrected. */
export function CodeField(props: Control<"input">) {
  return (
    <InputField type="text" className="mono" autoComplete="off" spellCheck={false} {...props} />
  );
}

/** The options of a list of the contracts' enum values, in the page's language. */
export function VocabularyOptions<V extends Vocabulary>(props: {
  vocabulary: V;
  names: readonly VocabularyName<V>[];
}) {
  const locale = useLocale();
  return props.names.map((name) => (
    <option key={String(name)} value={String(name)}>
      {label(locale, props.vocabulary, name)}
    </option>
  ));
}
