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
import { ServerRefusalError, type Mined } from "../../../shared/wallet/use-write";
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

/**
 * A text to seal for the citizen and the holder: trimmed and checked with the SDK's limits,
 * and the citizen's key (inside the opened appeal) and ours at hand, before anything is sealed.
 */
export function sealableText(
  props: ActionProps,
  text: string,
): { text: string } | { problem: AppealProblem } {
  let checked: string;
  try {
    checked = validateAppealText(text);
  } catch (error) {
    return { problem: problemOf(error) };
  }
  if (!props.opened?.citizenPublicKey) return { problem: { kind: "app", key: "openFirst" } };
  if (!props.holderKey) {
    const missing = new AppealInputError("AgencyKeyMissing", { agencyId: props.appeal.agencyId });
    return { problem: problemOf(missing) };
  }
  return { text: checked };
}

/**
 * A write whose text is sealed for the citizen, the holder and `alsoFor`: seal, ask the
 * contract, store (with the step's `otherWraps`, in one records write), then sign. `send`
 * gets the commitment and does the transaction.
 */
export async function sealStoreAndSend(
  contracts: IshonchContracts,
  props: ActionProps,
  document: { kind: "answer" | "reason"; text: string },
  step: {
    preflight: (commitment: string) => Promise<unknown>;
    send: (commitment: string) => Promise<Mined>;
    /** Key wraps stored with the document (forwarding: the appeal's, for the receiver). */
    otherWraps?: { commitment: string; wrap: KeyWrap }[];
  },
  alsoFor: AgencyKey[] = [],
): Promise<Mined> {
  const sealed = await prepareAgencyDocument({
    ...document,
    citizenPublicKey: props.opened!.citizenPublicKey!,
    agencies: [props.holderKey!, ...alsoFor],
  });
  await step.preflight(sealed.commitment);
  const refused = await storeAppealDocument({
    appealId: props.appeal.id,
    sealed,
    otherWraps: step.otherWraps ?? [],
  });
  // Nothing is sent on chain for a document the records did not keep.
  if (refused) throw new ServerRefusalError(refused.error, refused.message);
  return step.send(sealed.commitment);
}
