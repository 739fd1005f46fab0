"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { IshonchWrite } from "./use-write";
import { WriteStatus } from "./WriteStatus";

/**
 * A panel whose form signs one write: its heading, what to know first, the fields, the
 * button, and the write's outcome. `testId` names the form (`<testId>-form`) and the outcome's
 * handles (see WriteStatus).
 */
export function WriteForm(props: {
  testId: string;
  heading: ReactNode;
  /** Between the heading and the form: a warning, a hint. */
  intro?: ReactNode;
  write: IshonchWrite;
  onSubmit: (form: FormData, event: FormEvent<HTMLFormElement>) => void | Promise<void>;
  /** The submit button's words, or the form's own buttons (ChoiceButtons). */
  submit: string | ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{props.heading}</h2>
      {props.intro}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void props.onSubmit(new FormData(event.currentTarget), event);
        }}
        noValidate
        data-testid={`${props.testId}-form`}
      >
        {props.children}
        {typeof props.submit === "string" ? (
          <button type="submit" disabled={props.write.busy}>
            {props.submit}
          </button>
        ) : (
          props.submit
        )}
      </form>
      <WriteStatus state={props.write.state} testId={props.testId} />
    </section>
  );
}

/**
 * A form's problems, field by field: shown after a submit that does not parse (which also
 * clears the last write's outcome), cleared by one that does.
 */
export function useProblems<Problems extends object>(write: IshonchWrite) {
  const [problems, setProblems] = useState<Partial<Problems>>({});
  return {
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
  };
}
