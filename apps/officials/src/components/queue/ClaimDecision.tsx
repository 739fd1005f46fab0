"use client";

import { useId, useState, type FormEvent } from "react";
import { format, queueClaimReasonWords } from "@ishonch/i18n";
import { ClaimReason, decideClaim } from "@ishonch/sdk";
import { useWorkspace } from "../workspace/context";
import { useIshonchWrite } from "../workspace/use-write";
import { WriteStatus } from "../workspace/WriteStatus";
import { QueueFieldError } from "./GroupSeatsForm";

const reasonCodes: ClaimReason[] = Object.values(ClaimReason);

/** Approve or reject one pending priority claim, with a reason from the authority's list. */
export function ClaimDecision({ application }: { application: number }) {
  const { locale, messages } = useWorkspace();
  const m = messages.queue;
  const id = useId();
  const [missingReason, setMissingReason] = useState(false);
  const write = useIshonchWrite();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const approve = submitter?.getAttribute("value") === "approve";
    const reason = Number(new FormData(event.currentTarget).get("reason") ?? "") as ClaimReason;
    if (!reasonCodes.includes(reason)) {
      setMissingReason(true);
      write.reset();
      return;
    }
    setMissingReason(false);
    await write.run(async (contracts) => {
      const result = await decideClaim(contracts, application, approve, reason);
      return {
        describe: (text) =>
          format(approve ? text.queue.claims.approved : text.queue.claims.rejected, {
            application,
          }),
        transactionHash: result.transactionHash,
        blockNumber: result.blockNumber,
      };
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
        <option value="">{messages.form.choose}</option>
        {reasonCodes.map((code) => (
          <option key={code} value={code}>
            {queueClaimReasonWords[code]?.[locale] ?? code}
          </option>
        ))}
      </select>
      <QueueFieldError
        id={`${id}-reason-error`}
        problem={missingReason ? { key: "reasonRequired" } : undefined}
      />
      <div className="actions">
        <button type="submit" name="decision" value="approve" disabled={write.busy}>
          {m.claims.approve}
        </button>
        <button
          type="submit"
          name="decision"
          value="reject"
          className="secondary"
          disabled={write.busy}
        >
          {m.claims.reject}
        </button>
      </div>
      <WriteStatus state={write.state} testId={`claim-${application}`} />
    </form>
  );
}
