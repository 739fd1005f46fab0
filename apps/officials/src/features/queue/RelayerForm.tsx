"use client";

import { useId, useState, type FormEvent } from "react";
import { format } from "@ishonch/i18n";
import { setRelayer } from "@ishonch/sdk";
import { parseAccount, type FieldProblem } from "../../shared/ui/forms";
import { ChoiceButtons, InputField, pressedValue, useProblemText } from "../../shared/ui/fields";
import { useWords } from "../../shared/ui/locale";
import { useIshonchWrite } from "../../shared/wallet/use-write";
import { WriteStatus } from "../../shared/wallet/WriteStatus";
import { queueWords } from "./words";

/** The district's administrator names or removes an account that submits applications. */
export function RelayerForm({ district }: { district: number }) {
  const m = useWords(queueWords).relayers;
  const problemText = useProblemText();
  const id = useId();
  const [problem, setProblem] = useState<FieldProblem | undefined>();
  const write = useIshonchWrite();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const allowed = pressedValue(event) !== "remove";
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
        describe: () =>
          format(allowed ? m.allowed : m.removed, {
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
        <InputField
          id={`${id}-account`}
          name="account"
          type="text"
          label={m.account}
          className="mono"
          autoComplete="off"
          spellCheck={false}
          placeholder="0x…"
          error={problemText(problem)}
        />
        <ChoiceButtons
          name="action"
          busy={write.busy}
          first={{ value: "allow", label: m.allow }}
          second={{ value: "remove", label: m.remove }}
        />
      </form>
      <WriteStatus state={write.state} testId="queue-relayer" />
    </section>
  );
}
