/**
 * The citizen service's actions that have a chain step, with their records around it:
 * filing (the sealed document stored before the chain names its commitment) and escalating
 * (the complaint stored and the superior's key wraps pending before the chain step; see
 * escalations.ts). Where a failure leaves it unclear whether the chain took the step, the
 * records are left for the chain to settle, never removed on a guess.
 */
import {
  IshonchError,
  addRecipient,
  agencyRecipient,
  citizenEncryptionKey,
  escalateAppeal,
  fileAppeal,
  signEscalate,
  type AgencyKey,
  type AppealView,
  type CitizenSecret,
  type FiledAppeal,
  type IshonchContracts,
  type PreparedAppeal,
  type SealedDocument,
} from "@ishonch/sdk";
import {
  deleteSealedDocument,
  loadSealedDocument,
  storeSealedDocument,
  type DocumentKeyWrap,
} from "./appeals.ts";
import type { RecordsDatabase } from "./database.ts";
import { abandonEscalation, completeEscalation, recordPendingEscalation } from "./escalations.ts";

/** Failures after which the chain certainly did not take the step (the node refused it). */
function refusedByChain(error: unknown): boolean {
  return error instanceof IshonchError && error.code !== "NetworkError" && error.code !== "Unknown";
}

/**
 * Files a prepared appeal through `relayer`: the sealed document first (so that the chain
 * never names content the platform lacks), then the chain step. A refusal by the chain
 * removes the document, so nothing is left of a refused appeal.
 */
export async function fileWithRecords(
  records: RecordsDatabase,
  relayer: IshonchContracts,
  prepared: PreparedAppeal,
): Promise<FiledAppeal> {
  await storeSealedDocument(records, prepared.sealed, "citizen");
  try {
    return await fileAppeal(relayer, {
      agencyId: prepared.agencyId,
      appealType: prepared.appealType,
      contentCommitment: prepared.sealed.commitment,
      citizenKey: prepared.citizenKey,
    });
  } catch (error) {
    if (refusedByChain(error)) await deleteSealedDocument(records, prepared.sealed.commitment);
    throw error;
  }
}

/**
 * The citizen's escalation as the citizen service carries it: the superior's wraps made
 * with the citizen's key, the citizen's signature, the records' pending row, the chain step
 * (sent by `relayer`), then the wraps completed. A refusal by the chain leaves nothing; any
 * other failure leaves the pending row for `reconcileEscalations`.
 */
export async function escalateWithRecords(
  records: RecordsDatabase,
  relayer: IshonchContracts,
  input: {
    appeal: Pick<AppealView, "id" | "contentCommitment" | "answerCommitment">;
    secret: CitizenSecret;
    superior: AgencyKey;
    complaint: SealedDocument;
  },
): Promise<{ escalationId: number; transactionHash: string }> {
  const { appeal, secret, superior, complaint } = input;
  const citizenKey = citizenEncryptionKey(secret).privateKey;
  const recipient = { id: agencyRecipient(superior.agencyId), publicKey: superior.publicKey };
  const superiorWraps: DocumentKeyWrap[] = [];
  for (const commitment of [appeal.contentCommitment, appeal.answerCommitment]) {
    const sealed = commitment ? await loadSealedDocument(records, commitment) : null;
    if (!sealed) continue;
    const wrap = await addRecipient(
      { ...sealed, commitment: commitment! },
      "citizen",
      citizenKey,
      recipient,
    );
    superiorWraps.push({ commitment: commitment!, wrap });
  }
  const signed = await signEscalate(relayer, secret, appeal.id, complaint.commitment);
  const pending = { appealId: appeal.id, complaintCommitment: complaint.commitment };
  await recordPendingEscalation(records, {
    appealId: appeal.id,
    complaint,
    superiorWraps,
    validUntil: new Date(signed.validUntil * 1000),
  });
  let escalated: Awaited<ReturnType<typeof escalateAppeal>>;
  try {
    escalated = await escalateAppeal(relayer, appeal.id, complaint.commitment, signed);
  } catch (error) {
    if (refusedByChain(error)) await abandonEscalation(records, pending);
    throw error;
  }
  try {
    await completeEscalation(records, pending);
  } catch (error) {
    // The escalation is on chain: reconciling completes it (at start, or when it is read).
    console.error(`records: escalation of appeal ${appeal.id} left pending:`, error);
  }
  return { escalationId: escalated.escalationId, transactionHash: escalated.transactionHash };
}
