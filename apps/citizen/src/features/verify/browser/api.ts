/** The browser's calls to the citizen app: an encrypted copy by id, a verdict by hashes. */
import { diplomaCertificateHash, type DiplomaDocument } from "@ishonch/sdk";
import type { Locale } from "@ishonch/i18n";
import type { VerifyOutcome } from "../verdict-view.ts";

export type StoredDocument =
  { kind: "found"; ciphertext: string } | { kind: "notStored" } | { kind: "unavailable" };

/** The ciphertext stored under a QR code's id (the key never leaves the browser). */
export async function fetchEncryptedDocument(id: string): Promise<StoredDocument> {
  try {
    const response = await fetch(`/api/certificates/documents/${encodeURIComponent(id)}`);
    if (response.status === 404) return { kind: "notStored" };
    if (!response.ok) return { kind: "unavailable" };
    const { ciphertext } = (await response.json()) as { ciphertext: string };
    return { kind: "found", ciphertext };
  } catch {
    return { kind: "unavailable" };
  }
}

/**
 * The chain's verdict on a document, asked with its hashes only: the hash is computed here,
 * from the fields as the document shows them, so a changed letter changes the hash.
 */
export async function requestVerdict(
  document: DiplomaDocument,
  locale: Locale,
): Promise<VerifyOutcome | null> {
  const body = {
    locale,
    certificateHash: diplomaCertificateHash(document),
    proof: document.anchor.proof,
    root: document.anchor.root,
    orgId: document.orgId,
    chainId: document.anchor.chainId,
    contract: document.anchor.contract,
  };
  try {
    const response = await fetch("/api/certificates/verdict", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return (await response.json()) as VerifyOutcome;
  } catch {
    return null; // the server did not answer
  }
}
