"use server";

import {
  appealKeyOf,
  sharedRecords,
  storeSealedDocument,
  type DocumentKeyWrap,
} from "@ishonch/records";
import type { AgencyKey, SealedDocument } from "@ishonch/sdk";
import { loadDeployment } from "../../../shared/server/deployment";

/**
 * The appeals pages' off-chain writes and key look-ups. Documents arrive sealed from the
 * officer's browser: this server never sees a text or a private key, and stores only
 * ciphertext keyed by the commitment that the chain will (or does) hold.
 */

/**
 * Stores an answer or reason document, before its commitment is written on chain, with the
 * other wraps of the action (forwarding: the appeal's key for the receiving agency), in one
 * records transaction.
 */
export async function storeAppealDocument(
  sealed: SealedDocument,
  otherWraps: DocumentKeyWrap[] = [],
): Promise<void> {
  await storeSealedDocument(await sharedRecords(), sealed, otherWraps);
}

/** The appeals key of an agency (the forwarding target), or null if it has none. */
export async function agencyPublicKey(agencyId: number): Promise<AgencyKey | null> {
  const deployment = loadDeployment();
  if (!deployment.ok) return null;
  return appealKeyOf(await sharedRecords(), deployment.deployment.chainId, agencyId);
}
