"use client";

import { useId } from "react";
import { format } from "@ishonch/i18n";
import { setRelayer } from "@ishonch/sdk";
import { ChoiceButtons, CodeField, pressedValue, useProblemText } from "../../shared/ui/fields";
import { parseAccountField, type FieldProblem } from "../../shared/ui/forms";
import { useWords } from "../../shared/ui/locale";
import { useIshonchWrite } from "../../shared/wallet/use-write";
import { useProblems, WriteForm } from "../../shared/wallet/WriteForm";
import { queueWords } from "./words";

/** The district's administrator names or removes an account that submits applications. */
export function RelayerForm({ district }: { district: number }) {
  const m = useWords(queueWords).relayers;
  const problemText = useProblemText();
  const id = useId();
  const write = useIshonchWrite();
  const { problems, accept } = useProblems<{ account: FieldProblem }>(write);

  async function submit(data: FormData, event: { nativeEvent: Event }) {
    const allowed = pressedValue(event) !== "remove";
    const account = accept(parseAccountField("account", String(data.get("account") ?? "")));
    if (!account) return;
    await write.run(async (contracts) => {
      const result = await setRelayer(contracts, district, account, allowed);
      return {
        describe: () => format(allowed ? m.allowed : m.removed, { account, district }),
        transactionHash: result.transactionHash,
        blockNumber: result.blockNumber,
      };
    });
  }

  return (
    <WriteForm
      testId="queue-relayer"
      heading={m.heading}
      intro={<p className="note">{m.intro}</p>}
      write={write}
      onSubmit={submit}
      submit={
        <ChoiceButtons
          name="action"
          busy={write.busy}
          choices={{ allow: m.allow, remove: m.remove }}
        />
      }
    >
      <CodeField
        id={`${id}-account`}
        name="account"
        label={m.account}
        placeholder="0x…"
        error={problemText(problems.account)}
      />
    </WriteForm>
  );
}
