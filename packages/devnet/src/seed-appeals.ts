/**
 * Demo data of citizens' appeals, written through the SDK as the real actors would: the
 * platform relayer (the citizen app's account, given the filing role at deployment: deploy.ts)
 * files SYNTHETIC appeals sealed for the demo agency's dev key, and its appeals officer
 * reviews and answers some. No chain time is advanced (other services' deadlines share the
 * clock), so none is overdue yet. The records database is not open yet at seeding, so the
 * sealed documents and the agency's public key are returned for it (`records import`).
 */
import type { JsonRpcProvider } from "ethers";
import {
  answerAppeal,
  citizenEncryptionKey,
  connectIshonch,
  devAgencyKeyPair,
  fileAppeal,
  prepareAgencyDocument,
  prepareAppeal,
  relayerSignerFromEnv,
  sealedDocumentRecord,
  startReview,
  type AppealTypeName,
  type IshonchDeployment,
  type OffchainRecords,
} from "@ishonch/sdk";
import type { DemoData } from "./seed.js";

/** SYNTHETIC appeals: no real person, address or event. */
const demoAppeals: ReadonlyArray<{ appealType: AppealTypeName; text: string; answer?: string }> = [
  {
    appealType: "Complaint",
    text: "SYNTHETIC demo complaint: the test certificate No. DEMO-0001 was not issued on time.",
    answer: "SYNTHETIC demo answer: the certificate DEMO-0001 has been issued.",
  },
  {
    appealType: "Statement",
    text: "SYNTHETIC demo statement: please confirm the demo exam date for test group 7.",
  },
  {
    appealType: "Proposal",
    text: "SYNTHETIC demo proposal: publish demo exam results in three languages.",
  },
];

export async function seedAppeals(
  deployment: IshonchDeployment,
  provider: JsonRpcProvider,
  demo: Pick<DemoData, "accounts">,
): Promise<Pick<OffchainRecords, "sealedDocuments" | "agencyKeys">> {
  const officer = demo.accounts.find((account) => account.role === "AppealsOfficer");
  if (!officer) throw new Error("seedAppeals: the demo plan has no appeals officer");
  const relayerSigner = await relayerSignerFromEnv(process.env, provider);
  const relayer = connectIshonch(deployment, relayerSigner);
  const officerContracts = connectIshonch(deployment, await provider.getSigner(officer.index));
  const agencyId = officer.orgId;
  const agencyKey = { agencyId, publicKey: devAgencyKeyPair(agencyId).publicKey };
  const sealedDocuments: OffchainRecords["sealedDocuments"] = [];
  for (const plan of demoAppeals) {
    const prepared = await prepareAppeal({ ...plan, agencyId, agencyKey, files: [] });
    const { id } = await fileAppeal(relayer, {
      agencyId,
      appealType: plan.appealType,
      contentCommitment: prepared.sealed.commitment,
      citizenKey: prepared.citizenKey,
    });
    sealedDocuments.push(sealedDocumentRecord(prepared.sealed));
    if (!plan.answer) continue;
    await startReview(officerContracts, id);
    const answer = await prepareAgencyDocument({
      kind: "answer",
      citizenPublicKey: citizenEncryptionKey(prepared.secret).compressedPublicKey,
      agencies: [agencyKey],
      text: plan.answer,
    });
    await answerAppeal(officerContracts, id, answer.commitment);
    sealedDocuments.push(sealedDocumentRecord(answer));
  }
  return { sealedDocuments, agencyKeys: [agencyKey] };
}
