"use client";

import { useId, useState, type FormEvent } from "react";
import { format, queueClaimReasonWords } from "@ishonch/i18n";
import { ClaimReason, decideClaim } from "@ishonch/sdk";
import { ChoiceButtons, ChooseOption, pressedValue } from "../../shared/ui/fields";
import { useLocale, useWords } from "../../shared/ui/locale";
import { useIshonchWrite, writeOutcome } from "../../shared/wallet/use-write";
import { WriteStatus } from "../../shared/wallet/WriteStatus";
import { useQueueProblemText } from "./problem-text";
import { queueWords } from "./words";

const reasonCodes: ClaimReason[] = Object.values(ClaimReason);

/** Approve or reject one pending priority claim, with a reason from the authority's list. */
export function ClaimDecision({ application }: { application: number }) {
  const locale = useLocale();
  const m = useWords(queueWords);
  const problemText = useQueueProblemText();
  const id = useId();
  const [missingReason, setMissingReason] = useState(false);
  const write = useIshonchWrite();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const approve = pressedValue(event) === "approve";
    const reason = Number(new FormData(event.currentTarget).get("reason") ?? "") as ClaimReason;
    if (!reasonCodes.includes(reason)) {
      setMissingReason(true);
      write.reset();
      return;
    }
    setMissingReason(false);
    await write.run(async (contracts) => {
      const result = await decideClaim(contracts, application, approve, reason);
      return writeOutcome(result, () =>
        format(approve ? m.claims.approved : m.claims.rejected, { application }),
      );
    });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="inline-form"
      aria-label={`${m.claims.application} ${application}`}
      data-testid={`claim-${application}`}
    >
      <label htmlFor={`${id}-reason`}>{m.claims.reason}</label>
      <select
        id={`${id}-reason`}
        name="reason"
        defaultValue=""
        aria-invalid={missingReason || undefined}
        aria-describedby={missingReason ? `${id}-reason-error` : undefined}
      >
        <ChooseOption />
        {reasonCodes.map((code) => (
          <option key={code} value={code}>
            {queueClaimReasonWords[code]?.[locale] ?? code}
          </option>
        ))}
      </select>
      {missingReason && (
        <p className="field-error" id={`${id}-reason-error`}>
          {problemText({ key: "reasonRequired" })}
        </p>
      )}
      <ChoiceButtons
        name="decision"
        busy={write.busy}
        choices={{ approve: m.claims.approve, reject: m.claims.reject }}
      />
      <WriteStatus state={write.state} testId={`claim-${application}`} />
    </form>
  );
}
