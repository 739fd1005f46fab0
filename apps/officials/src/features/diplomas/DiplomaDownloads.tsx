"use client";

import { useState } from "react";
import { useWords } from "../../shared/ui/locale";
import { diplomaPdf } from "./pdf/class-package";
import { CopiesNotStored } from "./CopiesNotStored";
import { diplomaFileStem, saveDocumentFile, saveFile, type IssuedDiploma } from "./diploma-outputs";
import { diplomaWords } from "./words";

/**
 * One issued diploma's files: its JSON document, and its PDF with the QR code, drawn when
 * asked for, so that printing never stands between the chain's answer and the person.
 */
export function DiplomaDownloads({ diploma, institution, copies }: IssuedDiploma) {
  const m = useWords(diplomaWords);
  const [pdfFailed, setPdfFailed] = useState(false);

  async function savePdf(): Promise<void> {
    setPdfFailed(false);
    try {
      const pdf = await diplomaPdf(diploma, institution);
      saveFile(
        `${diplomaFileStem(diploma.document)}.pdf`,
        new Blob([pdf as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
      );
    } catch {
      setPdfFailed(true);
    }
  }

  return (
    <div data-testid="diploma-downloads">
      <p>
        <button
          type="button"
          data-testid="diploma-download-json"
          onClick={() => saveDocumentFile(diploma.document)}
        >
          {m.downloadDocument}
        </button>{" "}
        <button type="button" data-testid="diploma-download-pdf" onClick={() => void savePdf()}>
          {m.downloadPdf}
        </button>
      </p>
      {pdfFailed && (
        <p className="error" role="alert">
          {m.pdfFailed}
        </p>
      )}
      <CopiesNotStored copies={copies} />
    </div>
  );
}
