"use client";

import { useId } from "react";
import { format } from "@ishonch/i18n";
import { extendDeadline, MAX_EXTENSION_DAYS } from "@ishonch/sdk";
import { InputField, TextAreaField } from "../../../shared/ui/fields";
import { useWords } from "../../../shared/ui/locale";
import { writeOutcome } from "../../../shared/wallet/use-write";
import { parseExtensionDays } from "../forms";
import type { AppealProblem } from "../problems";
import { appealWords } from "../words";
import { ActionPanel, useAppealAction } from "./ActionPanel";
import { reasonInText, sealableText, sealStoreAndSend, type ActionProps } from "./sealing";

/** The head of the agency extends the deadline once, with the reason sealed for the citizen. */
export function ExtendForm(props: ActionProps) {
  const m = useWords(appealWords).actions;
  const action = useAppealAction();
  const id = useId();
  const { appeal } = props;

  async function submit(form: FormData) {
    const days = parseExtensionDays(String(form.get("days") ?? ""));
    const checked = sealableText(props, String(form.get("reason") ?? ""));
    const found: AppealProblem | null =
      days === null
        ? { kind: "app", key: "daysInvalid", args: { max: MAX_EXTENSION_DAYS } }
        : "problem" in checked
          ? checked.problem
          : null;
    if (action.refused(found) || days === null || "problem" in checked) return;
    await action.write.run(async (contracts) => {
      const receipt = await sealStoreAndSend(
        contracts,
        props,
        { kind: "reason", text: checked.text },
        {
          preflight: (commitment) =>
            contracts.citizenAppeals.extendDeadline.staticCall(
              appeal.id,
              days,
              reasonInText,
              commitment,
            ),
          send: (commitment) =>
            extendDeadline(contracts, appeal.id, days, reasonInText, commitment),
        },
      );
      return writeOutcome(receipt, () => format(m.extended, { id: appeal.id, days }));
    });
  }

  return (
    <ActionPanel title={m.extend} testId="appeal-extend" action={action} onSubmit={submit}>
      <p className="hint">{m.headOnly}</p>
      <InputField
        id={`${id}-days`}
        name="days"
        type="number"
        min={1}
        max={MAX_EXTENSION_DAYS}
        label={format(m.extendDays, { max: MAX_EXTENSION_DAYS })}
      />
      <TextAreaField id={`${id}-reason`} name="reason" label={m.extendReason} />
    </ActionPanel>
  );
}
