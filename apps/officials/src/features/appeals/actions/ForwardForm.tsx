"use client";

import { useId } from "react";
import { format } from "@ishonch/i18n";
import {
  AppealInputError,
  addRecipient,
  agencyRecipient,
  forwardAppeal,
  type AgencyKey,
} from "@ishonch/sdk";
import { ChooseOption, SelectField, TextAreaField } from "../../../shared/ui/fields";
import { parseOrganizationId } from "../../../shared/ui/forms";
import { useWords } from "../../../shared/ui/locale";
import { OrganizationOptions } from "../../../shared/ui/OrganizationOptions";
import { writeOutcome } from "../../../shared/wallet/use-write";
import { problemOf, type AppealProblem } from "../problems";
import { agencyPublicKey } from "../server/actions";
import { appealWords } from "../words";
import { ActionPanel, useAppealAction } from "./ActionPanel";
import { reasonInText, sealableText, sealStoreAndSend, type ActionProps } from "./sealing";

/**
 * Forwards the appeal to the competent agency, with the reason sealed for the citizen, the
 * holder and the receiver; the holder wraps the appeal's key for the receiver, who can
 * then open it.
 */
export function ForwardForm(props: ActionProps) {
  const m = useWords(appealWords).actions;
  const action = useAppealAction();
  const id = useId();
  const { appeal } = props;

  async function submit(form: FormData) {
    const target = parseOrganizationId(String(form.get("toAgency") ?? ""));
    const checked = sealableText(props, String(form.get("reason") ?? ""));
    const found: AppealProblem | null =
      target === null
        ? { kind: "app", key: "agencyRequired" }
        : target === appeal.agencyId
          ? { kind: "app", key: "forwardToHolder" }
          : "problem" in checked
            ? checked.problem
            : props.privateKey && props.sealedAppeal
              ? null
              : { kind: "app", key: "openFirst" };
    if (action.refused(found) || target === null || "problem" in checked) return;
    let targetKey: AgencyKey | null;
    try {
      targetKey = await agencyPublicKey(target);
    } catch (error) {
      action.refused(problemOf(error));
      return;
    }
    if (!targetKey) {
      action.refused(problemOf(new AppealInputError("AgencyKeyMissing", { agencyId: target })));
      return;
    }
    const receiverKey = targetKey;
    const holder = agencyRecipient(appeal.agencyId);
    await action.write.run(async (contracts) => {
      // The receiving agency can open the appeal only if the holder wraps its key for them.
      const wrap = await addRecipient(
        { ...props.sealedAppeal!, commitment: appeal.contentCommitment },
        holder,
        props.privateKey!,
        { id: agencyRecipient(target), publicKey: receiverKey.publicKey },
      );
      const receipt = await sealStoreAndSend(
        contracts,
        props,
        { kind: "reason", text: checked.text },
        {
          preflight: (commitment) =>
            contracts.citizenAppeals.forward.staticCall(
              appeal.id,
              target,
              reasonInText,
              commitment,
            ),
          send: (commitment) =>
            forwardAppeal(contracts, appeal.id, target, reasonInText, commitment),
          otherWraps: [{ commitment: appeal.contentCommitment, wrap }],
        },
        [receiverKey],
      );
      return writeOutcome(receipt, () => format(m.forwarded, { id: appeal.id, to: target }));
    });
  }

  return (
    <ActionPanel title={m.forward} testId="appeal-forward" action={action} onSubmit={submit}>
      <SelectField id={`${id}-to`} name="toAgency" label={m.forwardTo} defaultValue="">
        <ChooseOption />
        <OrganizationOptions />
      </SelectField>
      <TextAreaField id={`${id}-reason`} name="reason" label={m.forwardReason} />
    </ActionPanel>
  );
}
