"use server";

import { addKeyWrap, storeSealedDocument } from "@ishonch/index";
import type { AgencyKey, KeyWrap, SealedDocument } from "@ishonch/sdk";
import { loadDeployment } from "../../../shared/server/deployment";
import { indexDatabase } from "../../../shared/server/index-db";
import { publishedAgencyKey } from "./agency-keys";

/**
 * The appeals pages' off-chain writes and key look-ups. Documents arrive sealed from the
 * officer's browser: this server never sees a text or a private key, and stores only
 * ciphertext keyed by the commitment that the chain will (or does) hold.
 */

/** Stores an answer or reason document, before its commitment is written on chain. */
export async function storeAppealDocument(sealed: SealedDocument): Promise<void> {
  await storeSealedDocument(await indexDatabase(), sealed);
}

/** Stores the appeal's key wrapped for the agency it is being forwarded to. */
export async function storeAppealKeyWrap(commitment: string, wrap: KeyWrap): Promise<void> {
  await addKeyWrap(await indexDatabase(), commitment, wrap);
}

/** The appeals key of an agency (the forwarding target), or null if it has none. */
export async function agencyPublicKey(agencyId: number): Promise<AgencyKey | null> {
  const deployment = loadDeployment();
  if (!deployment.ok) return null;
  return publishedAgencyKey(await indexDatabase(), deployment.deployment, agencyId);
}
