// What every issuance hands over, whether of a class or of one diploma: the encrypted copies
// and the school's index entries stored through /api/diplomas, the PDFs with the QR codes that
// open those copies, and the JSON document files.
import {
  diplomaQrUrl,
  disclosedDiplomaFields,
  encryptDocument,
  serializeDiplomaDocument,
  type DiplomaDocument,
} from "@ishonch/sdk";
import type { ChainRoles } from "../workspace/use-chain-roles";
import type { DiplomaToPrint } from "./class-package";

/** Offers a file to the browser's downloads. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A diploma's file name without extension, `<series><number>` as in the class zip. */
export function diplomaFileStem(diploma: DiplomaDocument): string {
  const shown = disclosedDiplomaFields(diploma);
  return `${shown.series ?? ""}${shown.number ?? ""}`;
}

/** Offers one diploma's document file. */
export function saveDocumentFile(diploma: DiplomaDocument): void {
  saveFile(
    `${diplomaFileStem(diploma)}.json`,
    new Blob([serializeDiplomaDocument(diploma)], { type: "application/json" }),
  );
}

/**
 * The institution printed on the diplomas: its name as the chain holds it (the issuer is on
 * its staff, so the chain-roles read has it), else its number.
 */
export function institutionName(roles: ChainRoles | undefined, orgId: number): string {
  const membership = roles?.memberships.find((m) => m.organization.id === orgId);
  return membership?.organization.name ?? `Organization ${orgId}`;
}

/**
 * Stores the encrypted copies (never their keys) and the school's index entries of freshly
 * issued diplomas; returns each with the QR link that carries its key, ready to print.
 */
export async function publishDiplomas(
  documents: readonly DiplomaDocument[],
  citizenUrl: string,
): Promise<DiplomaToPrint[]> {
  const copies = await Promise.all(documents.map((document) => encryptDocument(document)));
  await fetch("/api/diplomas", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      diplomas: documents.map((document, i) => ({
        document,
        copy: { id: copies[i]!.id, ciphertext: copies[i]!.ciphertext },
      })),
    }),
  });
  return documents.map((document, i) => ({
    document,
    qrUrl: diplomaQrUrl(citizenUrl, copies[i]!.id, copies[i]!.key),
  }));
}
