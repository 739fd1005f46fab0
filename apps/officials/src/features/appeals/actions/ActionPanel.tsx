"use client";

import { useId, type FormEvent, type ReactNode } from "react";
import { useLocale } from "../../../shared/ui/locale";
import type { useIshonchWrite } from "../../../shared/wallet/use-write";
import { WriteStatus } from "../../../shared/wallet/WriteStatus";
import { problemText, type AppealProblem } from "../problems";

/** One action's panel: its form, its problem, and its write's outcome. */
export function ActionPanel(props: {
  title: string;
  testId: string;
  problem: AppealProblem | undefined;
  write: ReturnType<typeof useIshonchWrite>;
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
        {props.problem && (
          <p className="field-error" role="alert" data-testid={`${props.testId}-problem`}>
            {problemText(locale, props.problem)}
          </p>
        )}
        <button type="submit" disabled={props.write.busy}>
          {props.title}
        </button>
      </form>
      <WriteStatus state={props.write.state} testId={props.testId} />
    </section>
  );
}
