"use client";

import { format } from "@ishonch/i18n";
import { setRelayer } from "@ishonch/sdk";
import { CodeField, useProblemText } from "../../shared/ui/fields";
import { parseAccountField, type FieldProblem } from "../../shared/ui/forms";
import { useWords } from "../../shared/ui/locale";
import { useWriteForm, WriteForm } from "../../shared/wallet/WriteForm";
import { queueWords } from "./words";
import { writeOutcome } from "../../shared/wallet/use-write";

/** The district's administrator names or removes an account that submits applications. */
export function RelayerForm({ district }: { district: number }) {
  const m = useWords(queueWords).relayers;
  const form = useWriteForm<{ account: FieldProblem }>(useProblemText());

  async function submit(data: FormData, pressed: string | null) {
    const allowed = pressed !== "remove";
    const account = form.accept(parseAccountField("account", String(data.get("account") ?? "")));
    if (!account) return;
    await form.write.run(async (contracts) => {
      const result = await setRelayer(contracts, district, account, allowed);
      return writeOutcome(result, () =>
        format(allowed ? m.allowed : m.removed, { account, district }),
      );
    });
  }

  return (
    <WriteForm
      testId="queue-relayer"
      heading={m.heading}
      intro={<p className="note">{m.intro}</p>}
      form={form}
      onSubmit={submit}
      submit={{ name: "action", choices: { allow: m.allow, remove: m.remove } }}
    >
      <CodeField {...form.field("account")} label={m.account} placeholder="0x…" />
    </WriteForm>
  );
}
