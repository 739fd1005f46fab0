import { IshonchBaseError } from "@ishonch/sdk";

/**
 * Why the records refused a write: the apps answer it with a 4xx and words in the person's
 * language, never a server error.
 * - CommitmentMismatch: a sealed document's blob and key hash do not make its commitment;
 * - UnknownDocument: a key wrap for a document the records do not hold;
 * - WrapExists: a stored document sent again with other wraps (a wrap is never replaced);
 * - NotIssuedOnChain: a diploma that is not a leaf of a batch its organization issued;
 * - OtherOrganization: diplomas of several organizations, or of another one, in one write.
 */
export type RecordsRefusalCode =
  | "CommitmentMismatch"
  | "UnknownDocument"
  | "WrapExists"
  | "NotIssuedOnChain"
  | "OtherOrganization";

export class RecordsRefusal extends IshonchBaseError<RecordsRefusalCode, Record<string, unknown>> {
  override readonly name = "RecordsRefusal";
}
