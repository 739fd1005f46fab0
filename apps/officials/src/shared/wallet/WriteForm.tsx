"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ChoiceButtons, pressedValue } from "../ui/fields";
import { useIshonchWrite, type IshonchWrite } from "./use-write";
import { WriteStatus } from "./WriteStatus";

/**
 * A panel whose form signs one write (see useWriteForm): its heading, what to know first, the
 * fields, the button, and the write's outcome. `testId` names the form (`<testId>-form`) and the outcome's
 * handles (see WriteStatus).
 */
export function WriteForm(props: {
  testId: string;
  heading: ReactNode;
  /** Between the heading and the form: a warning, a hint. */
  intro?: ReactNode;
  /** The form's state, from useWriteForm. */
  form: { write: IshonchWrite };
  /** `pressed`: the value of the choice pressed, when the form offers choices. */
  onSubmit: (form: FormData, pressed: string | null) => void | Promise<void>;
  /**
   * The submit button's words; or, for a form that does one of two opposite things (grant
   * or revoke), each choice's value and words, the main one first.
   */
  submit: string | { name: string; choices: Readonly<Record<string, string>> };
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{props.heading}</h2>
      {props.intro}
      <form
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void props.onSubmit(new FormData(event.currentTarget), pressedValue(event));
        }}
        noValidate
        data-testid={`${props.testId}-form`}
      >
        {props.children}
        {typeof props.submit === "string" ? (
          <button type="submit" disabled={props.form.write.busy}>
            {props.submit}
          </button>
        ) : (
          <ChoiceButtons {...props.submit} busy={props.form.write.busy} />
        )}
      </form>
      <WriteStatus state={props.form.write.state} testId={props.testId} />
    </section>
  );
}

/** Words for one field's problem, or nothing when the field is fine. */
type ProblemText<Problem> = (problem: Problem | undefined) => string | undefined;

/**
 * A form that signs one write, and its problems field by field: shown after a submit that
 * does not parse (which also clears the last write's outcome), cleared by one that does.
 */
export function useWriteForm<Problems extends object>(
  problemText: ProblemText<Problems[keyof Problems]>,
) {
  const write = useIshonchWrite();
  const id = useId();
  const [problems, setProblems] = useState<Partial<Problems>>({});
  return {
    write,
    problems,
    /** The form's value, or null when it has problems (then shown). */
    accept<T>(
      parsed: { ok: true; value: T } | { ok: false; problems: Partial<Problems> },
    ): T | null {
      if (!parsed.ok) {
        setProblems(parsed.problems);
        write.reset();
        return null;
      }
      setProblems({});
      return parsed.value;
    },
    /** Forgets the problems, e.g. when the form shows other fields. */
    clear: () => setProblems({}),
    /** A field's id, name and problem in words. */
    field: (name: keyof Problems & string) => ({
      id: `${id}-${name}`,
      name,
      error: problemText(problems[name]),
    }),
    /** An id for an element of the form other than a field (a hint). */
    idOf: (part: string) => `${id}-${part}`,
  };
}
