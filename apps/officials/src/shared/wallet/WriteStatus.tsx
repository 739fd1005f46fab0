"use client";

import { format } from "@ishonch/i18n";
import { useLocale, useWords } from "../ui/locale";
import { failureText, type WriteState } from "./use-write";
import { walletWords } from "./words";

/**
 * The outcome of one form's write, announced to screen readers: waiting for the wallet,
 * the refusal in words, or the success with its transaction and the index's progress.
 * `testId` prefixes the handles the end-to-end tests use (`<testId>-error`, `-result`).
 */
export function WriteStatus({ state, testId }: { state: WriteState; testId: string }) {
  const locale = useLocale();
  const m = useWords(walletWords).write;
  switch (state.phase) {
    case "idle":
      return <div className="write-status" aria-live="polite" />;
    case "signing":
      return (
        <div className="write-status" aria-live="polite">
          <p className="pending" role="status">
            {m.signing}
          </p>
        </div>
      );
    case "failed":
      return (
        <div className="write-status" aria-live="polite">
          <p className="error" role="alert" data-testid={`${testId}-error`}>
            {failureText(locale, state.error)}
          </p>
        </div>
      );
    case "indexing":
    case "done":
      return (
        <div className="write-status" aria-live="polite">
          <div className="success" role="status" data-testid={`${testId}-result`}>
            <p className="success-title">{state.describe()}</p>
            <p className="transaction">
              {m.transaction}: <code data-testid={`${testId}-tx`}>{state.transactionHash}</code> (
              {format(m.block, { block: state.blockNumber })})
            </p>
          </div>
          <p
            className={state.phase === "indexing" ? "pending" : "note"}
            data-testid={`${testId}-index`}
            aria-busy={state.phase === "indexing"}
          >
            {state.phase === "indexing"
              ? format(m.waitingIndex, { block: state.blockNumber })
              : state.indexed
                ? m.indexCaughtUp
                : format(m.indexSlow, { block: state.blockNumber })}
          </p>
        </div>
      );
  }
}
