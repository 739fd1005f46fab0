"use client";

import { useWords } from "../../../shared/ui/locale";
import { awaitsAnswer } from "../status";
import { appealWords } from "../words";
import { ExtendForm } from "./ExtendForm";
import { ForwardForm } from "./ForwardForm";
import type { ActionProps } from "./sealing";
import { SealedTextForm } from "./SealedTextForm";
import { StartReviewForm } from "./StartReviewForm";

/**
 * What an officer may do with an appeal that still awaits its answer. Every action checks
 * the input first, then asks the contract (a call, not a transaction) whether it would
 * accept, and only then stores the sealed text and signs: a refusal writes nothing.
 */
export function AppealActions(props: ActionProps) {
  const m = useWords(appealWords).actions;
  if (!awaitsAnswer(props.appeal.status)) return null;
  return (
    <section aria-labelledby="appeal-actions-heading" data-testid="appeal-actions">
      <h3 id="appeal-actions-heading">{m.heading}</h3>
      <div className="grid two">
        {(props.appeal.status === "Registered" || props.appeal.status === "Forwarded") && (
          <StartReviewForm {...props} />
        )}
        <SealedTextForm {...props} step="answer" />
        <ForwardForm {...props} />
        <SealedTextForm {...props} step="extraChecking" />
        <ExtendForm {...props} />
      </div>
    </section>
  );
}
