"use client";

import { useId, useState } from "react";
import { certificateMessage } from "@ishonch/i18n";
import { CertificateFormatError, parseDiplomaDocument, type DiplomaDocument } from "@ishonch/sdk";
import { useLocale } from "../../shared/ui/locale";

/**
 * A diploma's document file (.json) chosen by staff: read, checked, and handed on; a file
 * that is not a diploma document is said so in words, and hands on null.
 */
export function DocumentFileInput({
  label,
  testId,
  onDocument,
}: {
  label: string;
  testId: string;
  onDocument: (document: DiplomaDocument | null) => void;
}) {
  const locale = useLocale();
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);

  async function onFile(file: File | undefined): Promise<void> {
    setFileError(null);
    onDocument(null);
    if (!file) return;
    try {
      onDocument(parseDiplomaDocument(await file.text()));
    } catch (error) {
      if (!(error instanceof CertificateFormatError)) throw error;
      setFileError(certificateMessage(locale, error.code, error.args));
    }
  }

  return (
    <>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          data-testid={testId}
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
    </>
  );
}
