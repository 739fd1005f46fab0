"use client";

import { useEffect, useState } from "react";
import type { AppealDocument } from "@ishonch/sdk";
import { useWords } from "../../shared/ui/locale";
import styles from "./appeals.module.css";
import { appealWords } from "./words";

/** A decrypted document: its text, and its attachments as downloads made in the browser. */
export function AppealDocumentView({
  document,
  testId,
}: {
  document: AppealDocument;
  testId: string;
}) {
  const m = useWords(appealWords).content;
  const urls = useObjectUrls(document);
  return (
    <>
      <p className={styles.document} data-testid={testId}>
        {document.text}
      </p>
      {document.attachments.length > 0 && (
        <>
          <h4>{m.attachments}</h4>
          <ul>
            {document.attachments.map((file, index) => (
              <li key={`${index}-${file.name}`}>
                <a href={urls[index]} download={file.name}>
                  {file.name}
                </a>{" "}
                ({file.mediaType}, {file.data.length} B)
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Object URLs of the attachments, revoked when the document changes or leaves the page. */
function useObjectUrls(document: AppealDocument): string[] {
  const [urls, setUrls] = useState<string[]>([]);
  useEffect(() => {
    const made = document.attachments.map((file) =>
      URL.createObjectURL(new Blob([new Uint8Array(file.data)], { type: file.mediaType })),
    );
    setUrls(made);
    return () => made.forEach((url) => URL.revokeObjectURL(url));
  }, [document]);
  return urls;
}
