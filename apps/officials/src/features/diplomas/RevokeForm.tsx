"use client";

import { useState } from "react";
import { format, revocationReasonWords } from "@ishonch/i18n";
import { revocationReasons, revokeCertificate, type DiplomaDocument } from "@ishonch/sdk";
import { useLocale, useWords } from "../../shared/ui/locale";
import { failureText, useIshonchWrite, writeOutcome } from "../../shared/wallet/use-write";
import { DocumentFileInput } from "./DocumentFileInput";
import { diplomaWords } from "./words";

/** The reasons a revoker may choose: every named one but Superseded (that is a correction). */
const choosable = revocationReasons.filter((reason) => reason.name !== "Superseded");

/** Revokes one diploma from its document file, with a reason (the DiplomaRevoker's form). */
export function RevokeForm() {
  const locale = useLocale();
  const m = useWords(diplomaWords);
  const write = useIshonchWrite();
  const [document, setDocument] = useState<DiplomaDocument | null>(null);
  const [reason, setReason] = useState<number>(choosable[0]?.code ?? 1);

  return (
    <section className="panel" aria-labelledby="diploma-revoke-heading">
      <h2 id="diploma-revoke-heading">{m.revokeHeading}</h2>
      <form
        data-testid="diploma-revoke-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!document) return;
          void write.run(async (contracts) => {
            const receipt = await revokeCertificate(contracts, document, reason);
            return writeOutcome(receipt, () => format(m.revoked, { tx: receipt.hash }));
          });
        }}
      >
        <DocumentFileInput
          label={m.documentLabel}
          testId="diploma-revoke-file"
          onDocument={setDocument}
        />
        <div className="field">
          <label htmlFor="diploma-revoke-reason">{m.reasonLabel}</label>
          <select
            id="diploma-revoke-reason"
            data-testid="diploma-revoke-reason"
            value={reason}
            onChange={(event) => setReason(Number(event.target.value))}
          >
            {choosable.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {revocationReasonWords(locale, choice.name, choice.code)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          data-testid="diploma-revoke-submit"
          disabled={!document || write.busy}
        >
          {m.revoke}
        </button>
      </form>
      {write.state.phase === "failed" && (
        <p className="error" role="alert" data-testid="diploma-revoke-error">
          {failureText(locale, write.state.error)}
        </p>
      )}
      {(write.state.phase === "done" || write.state.phase === "indexing") && (
        <p data-testid="diploma-revoked">
          {format(m.revoked, { tx: write.state.transactionHash })}
        </p>
      )}
    </section>
  );
}
