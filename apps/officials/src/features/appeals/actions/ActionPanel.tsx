"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useLocale } from "../../../shared/ui/locale";
import { useIshonchWrite, type IshonchWrite } from "../../../shared/wallet/use-write";
import { WriteStatus } from "../../../shared/wallet/WriteStatus";
import { problemText, type AppealProblem } from "../problems";

/** An action form's write, and the problem found before signing or while preparing. */
export function useAppealAction() {
  const write = useIshonchWrite();
  const [problem, setProblem] = useState<AppealProblem>();
  return {
    write,
    problem,
    /** Shows a problem (or none); a problem also clears the last write's outcome. */
    refused(found: AppealProblem | null | undefined): boolean {
      setProblem(found ?? undefined);
      if (found) write.reset();
      return Boolean(found);
    },
  };
}

/** One action's panel: its form, its problem, and its write's outcome. */
export function ActionPanel(props: {
  title: string;
  testId: string;
  action: { write: IshonchWrite; problem: AppealProblem | undefined };
  onSubmit: (form: FormData) => void | Promise<void>;
  children?: ReactNode;
}) {
  const locale = useLocale();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} data-testid={props.testId}>
      <h4 id={headingId}>{props.title}</h4>
      <form
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void props.onSubmit(new FormData(event.currentTarget));
        }}
      >
        {props.children}
        {props.action.problem && (
          <p className="field-error" role="alert" data-testid={`${props.testId}-problem`}>
            {problemText(locale, props.action.problem)}
          </p>
        )}
        <button type="submit" disabled={props.action.write.busy}>
          {props.title}
        </button>
      </form>
      <WriteStatus state={props.action.write.state} testId={props.testId} />
    </section>
  );
}
