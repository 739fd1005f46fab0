"use client";

import { useState } from "react";
import { certificateMessage, format, revocationReasonWords } from "@ishonch/i18n";
import {
  CertificateFormatError,
  parseDiplomaDocument,
  revocationReasons,
  revokeCertificate,
  type DiplomaDocument,
} from "@ishonch/sdk";
import type { DiplomaMessages } from "../../messages/diplomas";
import { useWorkspace } from "../workspace/context";
import { failureText, useIshonchWrite } from "../workspace/use-write";

/** The reasons a revoker may choose: every named one but Superseded (that is a correction). */
const choosable = revocationReasons.filter((reason) => reason.name !== "Superseded");

/** Revokes one diploma from its document file, with a reason (the DiplomaRevoker's form). */
export function RevokeForm({ m }: { m: DiplomaMessages }) {
  const { locale, messages } = useWorkspace();
  const write = useIshonchWrite();
  const [document, setDocument] = useState<DiplomaDocument | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reason, setReason] = useState<number>(choosable[0]?.code ?? 1);

  async function onFile(file: File | undefined): Promise<void> {
    setDocument(null);
    setFileError(null);
    if (!file) return;
    try {
      setDocument(parseDiplomaDocument(await file.text()));
    } catch (error) {
      if (!(error instanceof CertificateFormatError)) throw error;
      setFileError(certificateMessage(locale, error.code, error.args));
    }
  }

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
            return {
              describe: () => format(m.revoked, { tx: receipt.hash }),
              transactionHash: receipt.hash,
              blockNumber: receipt.blockNumber,
            };
          });
        }}
      >
        <div className="field">
          <label htmlFor="diploma-revoke-file">{m.documentLabel}</label>
          <input
            id="diploma-revoke-file"
            data-testid="diploma-revoke-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
        </div>
        {fileError && (
          <p className="error" role="alert">
            {fileError}
          </p>
        )}
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
          {failureText(locale, messages, write.state.error)}
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
