/**
 * Demo diplomas: a class of SYNTHETIC graduates (made-up names, ids and numbers) of the
 * national university, issued in one transaction by its diploma issuer, and one of them
 * revoked by its revoker, so that the batch and revocation projections have data. The chain
 * holds only their hashes (which is what a privacy test of the demo data checks); the
 * documents and their encrypted QR copies are returned for the records (`records import`),
 * and the copies' keys only to the caller, as a school hands them out on paper.
 */
import type { JsonRpcProvider } from "ethers";
import {
  REASON_ISSUED_IN_ERROR,
  connectIshonch,
  disclosedDiplomaFields,
  encryptDocument,
  issueBatch,
  prepareDiploma,
  revokeCertificate,
  type DiplomaFields,
  type IshonchDeployment,
  type OffchainRecords,
} from "@ishonch/sdk";
import type { DemoData } from "./seed.js";

/** SYNTHETIC graduates: no real person. Names are marked "Sinov" (test). */
const demoGraduates: ReadonlyArray<Pick<DiplomaFields, "holderNameLatin" | "holderNameCyrillic">> =
  [
    { holderNameLatin: "Sinov Gʻayratova Dilbar", holderNameCyrillic: "Синов Ғайратова Дилбар" },
    { holderNameLatin: "Sinov Oʻktamov Jasur", holderNameCyrillic: "Синов Ўктамов Жасур" },
    { holderNameLatin: "Sinov Namunova Malika", holderNameCyrillic: "" },
    { holderNameLatin: "Sinov Misolov Bekzod", holderNameCyrillic: "Синов Мисолов Бекзод" },
    { holderNameLatin: "Sinov Tajribova Nodira", holderNameCyrillic: "" },
    { holderNameLatin: "Sinov Demoyev Sardor", holderNameCyrillic: "Синов Демоев Сардор" },
  ];

export const DEMO_DIPLOMA_SERIES = "DM";
/** The demo number of the diploma the seed revokes (issued in error). */
export const DEMO_REVOKED_NUMBER = "9000006";

/** What a demo diploma's QR code carries, and whose it is (SYNTHETIC). */
export interface DemoDiplomaQr {
  number: string;
  holderNameLatin: string;
  revoked: boolean;
  id: string;
  key: string;
}

export interface SeededDiplomas {
  diplomas: OffchainRecords["diplomas"];
  qrCodes: DemoDiplomaQr[];
}

export async function seedCertificates(
  deployment: IshonchDeployment,
  provider: JsonRpcProvider,
  demo: Pick<DemoData, "accounts">,
): Promise<SeededDiplomas> {
  const issuer = demo.accounts.find((account) => account.role === "DiplomaIssuer");
  const revoker = demo.accounts.find(
    (account) => account.role === "DiplomaRevoker" && account.orgId === issuer?.orgId,
  );
  if (!issuer || !revoker) throw new Error("seedCertificates: no diploma issuer and revoker");
  const diplomas = demoGraduates.map((graduate, i) =>
    prepareDiploma(issuer.orgId, {
      ...graduate,
      dateOfBirth: `2001-0${(i % 9) + 1}-1${i}`,
      studentId: `DEMO-2020-${String(i + 1).padStart(4, "0")}`,
      faculty: "Sinov fakulteti",
      programme: i % 2 === 0 ? "Amaliy matematika" : "Dasturiy injiniring",
      degreeLevel: "Bachelor",
      grade: `4.${i + 2}`,
      graduationDate: "2024-06-28",
      series: DEMO_DIPLOMA_SERIES,
      number: String(9000001 + i),
    }),
  );
  const asIssuer = connectIshonch(deployment, await provider.getSigner(issuer.index));
  const { documents } = await issueBatch(asIssuer, diplomas);
  const asRevoker = connectIshonch(deployment, await provider.getSigner(revoker.index));
  const revoked = documents.find((document) => {
    const number = document.fields.number;
    return "value" in number && number.value === DEMO_REVOKED_NUMBER;
  })!;
  await revokeCertificate(asRevoker, revoked, REASON_ISSUED_IN_ERROR);

  const seeded: SeededDiplomas = { diplomas: [], qrCodes: [] };
  for (const document of documents) {
    const { id, key, ciphertext } = await encryptDocument(document);
    seeded.diplomas.push({ document, copy: { id, ciphertext } });
    const { number = "", holderNameLatin = "" } = disclosedDiplomaFields(document);
    seeded.qrCodes.push({
      number,
      holderNameLatin,
      revoked: number === DEMO_REVOKED_NUMBER,
      id,
      key,
    });
  }
  return seeded;
}
