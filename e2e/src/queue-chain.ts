// What the queue tests do straight on the chain, as other actors would: other parents apply
// through a relayer and answer offers with their secrets.
import {
  childTag,
  declineOffer,
  districtKeyFromEnv,
  generateParentSecret,
  parentKeyAddress,
  signParentAction,
  submitApplication,
  type IshonchContracts,
} from "@ishonch/sdk";

// The queue specs take their signed contracts from here with the other queue actors.
export { contractsOf } from "./chain";

/** A child id no other run uses (synthetic: never a real certificate number). */
export function uniqueChildId(label: string): string {
  return `E2E${label}${Date.now() % 1_000_000_000}`.toUpperCase();
}

export interface OtherApplication {
  application: number;
  secret: string;
}

/**
 * Another parent's application, submitted by `relayer` as the citizen service would, with
 * the child's tag under the dev chain's district key (the one the citizen app uses).
 */
export async function applyOtherChild(
  relayer: IshonchContracts,
  request: { district: number; ageGroup: number; kindergartens: number[]; claimedCategory: number },
): Promise<OtherApplication> {
  const secret = generateParentSecret();
  const districtKey = districtKeyFromEnv({}, relayer.deployment.chainId, request.district);
  const { application } = await submitApplication(relayer, {
    ...request,
    childTag: childTag(districtKey, uniqueChildId(`C${request.claimedCategory}`)),
    parentKey: parentKeyAddress(secret),
  });
  return { application, secret };
}

/** The other parent declines their offer, signing with their secret. */
export async function declineAsParent(
  carrier: IshonchContracts,
  other: OtherApplication,
  offerId: number,
): Promise<void> {
  const signed = await signParentAction(carrier, other.secret, {
    application: other.application,
    action: "Decline",
    offerId,
  });
  await declineOffer(carrier, signed);
}
