"use client";

import { useId } from "react";
import { format, type InLocale } from "@ishonch/i18n";
import {
  answerAppeal,
  MAX_APPEAL_TEXT_LENGTH,
  requireExtraChecking,
  type IshonchContracts,
} from "@ishonch/sdk";
import { TextAreaField } from "../../../shared/ui/fields";
import { useWords } from "../../../shared/ui/locale";
import { writeOutcome, type Mined } from "../../../shared/wallet/use-write";
import { appealWords } from "../words";
import { ActionPanel, useAppealAction } from "./ActionPanel";
import { sealableText, sealStoreAndSend, type ActionProps } from "./sealing";

type ActionWords = InLocale<typeof appealWords>["actions"];

/** A contract step that takes the appeal's id and a sealed text's commitment. */
interface SealedTextStep {
  /** The sealed document's kind: the answer itself, or a reason. */
  kind: "answer" | "reason";
  testId: string;
  words: (m: ActionWords) => { title: string; field: string; hint?: string; done: string };
  /** The contract asked first, as a call: a refusal then writes nothing. */
  preflight: (contracts: IshonchContracts, id: number, commitment: string) => Promise<unknown>;
  send: (contracts: IshonchContracts, id: number, commitment: string) => Promise<Mined>;
}

/** The actions whose only input is a text sealed for the citizen and the holder. */
const sealedTextSteps = {
  answer: {
    kind: "answer",
    testId: "appeal-answer",
    words: (m) => ({
      title: m.answer,
      field: m.answerText,
      hint: format(m.answerHint, { max: MAX_APPEAL_TEXT_LENGTH }),
      done: m.answered,
    }),
    preflight: (contracts, id, commitment) =>
      contracts.citizenAppeals.answer.staticCall(id, commitment),
    send: answerAppeal,
  },
  extraChecking: {
    kind: "reason",
    testId: "appeal-extra-checking",
    words: (m) => ({
      title: m.extraChecking,
      field: m.extraCheckingReason,
      done: m.extraCheckingDone,
    }),
    preflight: (contracts, id, commitment) =>
      contracts.citizenAppeals.requireExtraChecking.staticCall(id, commitment),
    send: requireExtraChecking,
  },
} satisfies Record<string, SealedTextStep>;

/**
 * Answers the appeal, or says it needs extra checking (and why): the text is sealed for
 * the citizen and the holder, the contract asked, the sealed text stored, then signed.
 */
export function SealedTextForm(props: ActionProps & { step: keyof typeof sealedTextSteps }) {
  const step: SealedTextStep = sealedTextSteps[props.step];
  const m = step.words(useWords(appealWords).actions);
  const id = props.appeal.id;
  const textId = useId();
  const action = useAppealAction();

  async function submit(form: FormData) {
    const checked = sealableText(props, String(form.get("text") ?? ""));
    const found = "problem" in checked ? checked.problem : null;
    if (action.refused(found) || "problem" in checked) return;
    await action.write.run(async (contracts) => {
      const receipt = await sealStoreAndSend(
        contracts,
        props,
        { kind: step.kind, text: checked.text },
        {
          preflight: (commitment) => step.preflight(contracts, id, commitment),
          send: (commitment) => step.send(contracts, id, commitment),
        },
      );
      return writeOutcome(receipt, () => format(m.done, { id }));
    });
  }

  return (
    <ActionPanel title={m.title} testId={step.testId} action={action} onSubmit={submit}>
      <TextAreaField id={textId} name="text" label={m.field} hint={m.hint} />
    </ActionPanel>
  );
}
