// What every issuance hands over, whether of a class or of one diploma: the encrypted copies
// and the school's index entries stored through /api/diplomas, the PDFs with the QR codes that
// open those copies, and the JSON document files.
import type { ContractTransactionReceipt } from "ethers";
import {
  diplomaQrUrl,
  disclosedDiplomaFields,
  encryptDocument,
  issueCertificate,
  prepareDiploma,
  serializeDiplomaDocument,
  type DiplomaDocument,
  type DiplomaFields,
  type IshonchContracts,
} from "@ishonch/sdk";
import type { Locale } from "@ishonch/i18n";
import type { ChainRoles } from "../../shared/wallet/use-chain-roles";
import { requireSession } from "../session/session-client";
import type { DiplomaToPrint } from "./pdf/class-package";

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

/** What the school's server keeps of freshly issued diplomas (the body of POST /api/diplomas). */
export interface DiplomaCopies {
  diplomas: { document: DiplomaDocument; copy: { id: string; ciphertext: string } }[];
}

/** The copies of an issuance, and whether the server has kept them yet. */
export interface StoredCopies {
  copies: DiplomaCopies;
  stored: boolean;
}

const STORE_ATTEMPTS = 3;

/**
 * Stores the encrypted copies (never their keys) and the school's index entries; true once
 * the server kept them. The diplomas are on chain already, so a failure is retried, never
 * answered by issuing again; a refusal (4xx) is final.
 */
export async function storeDiplomaCopies(
  copies: DiplomaCopies,
  endpoint = "/api/diplomas",
): Promise<boolean> {
  for (let attempt = 1; attempt <= STORE_ATTEMPTS; attempt++) {
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(copies),
      });
      if (response.ok) return true;
      if (response.status < 500) return false;
    } catch {
      // The network failed: the next attempt may get through.
    }
    if (attempt < STORE_ATTEMPTS) {
      await new Promise<void>((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
  return false;
}

/**
 * Encrypts freshly issued diplomas and stores the copies; returns each diploma with the QR
 * link that carries its key, ready to print, and whether the copies were stored.
 */
export async function publishDiplomas(
  documents: readonly DiplomaDocument[],
  citizenUrl: string,
): Promise<{ printable: DiplomaToPrint[]; copies: StoredCopies }> {
  const encrypted = await Promise.all(documents.map((document) => encryptDocument(document)));
  const copies: DiplomaCopies = {
    diplomas: documents.map((document, i) => ({
      document,
      copy: { id: encrypted[i]!.id, ciphertext: encrypted[i]!.ciphertext },
    })),
  };
  const printable = documents.map((document, i) => ({
    document,
    qrUrl: diplomaQrUrl(citizenUrl, encrypted[i]!.id, encrypted[i]!.key),
  }));
  return { printable, copies: { copies, stored: await storeDiplomaCopies(copies) } };
}

/** One freshly issued diploma, as its downloads (DiplomaDownloads) need it. */
export interface IssuedDiploma {
  diploma: DiplomaToPrint;
  institution: string;
  copies: StoredCopies;
}

/** Issues one diploma of `orgId` with one signature, then publishes it (publishDiplomas). */
export async function issueOneDiploma(
  contracts: IshonchContracts,
  orgId: number,
  fields: DiplomaFields,
  citizenUrl: string,
  roles: ChainRoles | undefined,
  locale: Locale,
): Promise<{ issued: IssuedDiploma; receipt: ContractTransactionReceipt }> {
  // The copy needs a session: without one, nothing is issued that could not be kept.
  await requireSession(contracts, locale);
  const { document, receipt } = await issueCertificate(contracts, prepareDiploma(orgId, fields));
  const { printable, copies } = await publishDiplomas([document], citizenUrl);
  const institution = institutionName(roles, orgId);
  return { issued: { diploma: printable[0]!, institution, copies }, receipt };
}
