"use client";

import { useId, useState, type FormEvent } from "react";
import { format } from "@ishonch/i18n";
import { setRelayer } from "@ishonch/sdk";
import { parseAccount, type FieldProblem } from "../../lib/forms";
import { useWorkspace } from "../workspace/context";
import { FieldError, fieldAria } from "../workspace/FieldError";
import { useIshonchWrite } from "../workspace/use-write";
import { WriteStatus } from "../workspace/WriteStatus";

/** The district's administrator names or removes an account that submits applications. */
export function RelayerForm({ district }: { district: number }) {
  const { messages } = useWorkspace();
  const m = messages.queue.relayers;
  const id = useId();
  const [problem, setProblem] = useState<FieldProblem | undefined>();
  const write = useIshonchWrite();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const allowed = submitter?.getAttribute("value") !== "remove";
    const account = parseAccount(String(new FormData(event.currentTarget).get("account") ?? ""));
    if (!account.ok) {
      setProblem(account.problem);
      write.reset();
      return;
    }
    setProblem(undefined);
    await write.run(async (contracts) => {
      const result = await setRelayer(contracts, district, account.address, allowed);
      return {
        describe: (text) =>
          format(allowed ? text.queue.relayers.allowed : text.queue.relayers.removed, {
            account: account.address,
            district,
          }),
        transactionHash: result.transactionHash,
        blockNumber: result.blockNumber,
      };
    });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <p className="note">{m.intro}</p>
      <form onSubmit={submit} noValidate data-testid="queue-relayer-form">
        <div className="field">
          <label htmlFor={`${id}-account`}>{m.account}</label>
          <input
            id={`${id}-account`}
            name="account"
            type="text"
            className="mono"
            autoComplete="off"
            spellCheck={false}
            placeholder="0x…"
            {...fieldAria(`${id}-account-error`, problem)}
          />
          <FieldError id={`${id}-account-error`} problem={problem} />
        </div>
        <div className="actions">
          <button type="submit" name="action" value="allow" disabled={write.busy}>
            {m.allow}
          </button>
          <button
            type="submit"
            name="action"
            value="remove"
            className="secondary"
            disabled={write.busy}
          >
            {m.remove}
          </button>
        </div>
      </form>
      <WriteStatus state={write.state} testId="queue-relayer" />
    </section>
  );
}
