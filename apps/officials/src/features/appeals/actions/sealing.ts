import {
  AppealInputError,
  prepareAgencyDocument,
  validateAppealText,
  type AgencyKey,
  type AppealDocument,
  type AppealView,
  type IshonchContracts,
  type KeyWrap,
  type SealedDocument,
} from "@ishonch/sdk";
import type { Mined } from "../../../shared/wallet/use-write";
import { problemOf, type AppealProblem } from "../problems";
import { storeAppealDocument } from "../server/actions";

/**
 * The platform has no catalogue of forwarding and extension reasons yet: 0 says "the
 * reason is the sealed text", which the citizen reads.
 */
export const reasonInText = 0;

/** What every action form knows of the appeal. */
export interface ActionProps {
  appeal: AppealView;
  /** The appeal as opened with the agency key, or null until then. */
  opened: AppealDocument | null;
  sealedAppeal: SealedDocument | null;
  holderKey: AgencyKey | null;
  privateKey: string | null;
}

/** Text fields: trimmed and checked with the SDK's limits, before anything is sealed. */
export function checkedText(text: string): { text: string } | { problem: AppealProblem } {
  try {
    return { text: validateAppealText(text) };
  } catch (error) {
    return { problem: problemOf(error) };
  }
}

/** A sealed answer or reason needs the citizen's key (inside the opened appeal) and ours. */
export function sealingParties(props: ActionProps): AppealProblem | null {
  if (!props.opened?.citizenPublicKey) return { kind: "app", key: "openFirst" };
  if (!props.holderKey) {
    return problemOf(new AppealInputError("AgencyKeyMissing", { agencyId: props.appeal.agencyId }));
  }
  return null;
}

/**
 * A write whose text is sealed for the citizen and `agencies`: seal, ask the contract,
 * store (with `otherWraps`, in one records write), then sign. `send` gets the commitment
 * and does the transaction.
 */
export async function sealStoreAndSend(
  contracts: IshonchContracts,
  document: { kind: "answer" | "reason"; citizenPublicKey: string; text: string },
  agencies: AgencyKey[],
  preflight: (commitment: string) => Promise<unknown>,
  send: (commitment: string) => Promise<Mined>,
  otherWraps: { commitment: string; wrap: KeyWrap }[] = [],
): Promise<Mined> {
  const sealed = await prepareAgencyDocument({ ...document, agencies });
  await preflight(sealed.commitment);
  await storeAppealDocument(sealed, otherWraps);
  return send(sealed.commitment);
}
