/**
 * Demo diplomas: a class of SYNTHETIC graduates (made-up names, ids and numbers) of the
 * national university, issued in one transaction by its diploma issuer, and one of them
 * revoked by its revoker, so that the batch and revocation projections have data. The
 * documents themselves are not kept: the index database does not exist yet at seeding, and
 * the chain holds only their hashes (which is what a privacy test of the demo data checks).
 */
import type { JsonRpcProvider } from "ethers";
import {
  REASON_ISSUED_IN_ERROR,
  connectIshonch,
  issueBatch,
  prepareDiploma,
  revokeCertificate,
  type DiplomaFields,
  type IshonchDeployment,
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

export async function seedCertificates(
  deployment: IshonchDeployment,
  provider: JsonRpcProvider,
  demo: DemoData,
): Promise<void> {
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
}
