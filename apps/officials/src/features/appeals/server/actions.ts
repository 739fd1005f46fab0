"use server";

import { cookies } from "next/headers";
import { appealKeyOf, sharedRecords } from "@ishonch/records";
import type { AgencyKey } from "@ishonch/sdk";
import { loadDeployment } from "../../../shared/server/deployment";
import type { RefusalBody } from "../../../shared/server/http";
import { requestLocale } from "../../../shared/server/locale";
import { sessionCookie } from "../../session/server/session";
import { storeAppealDocumentAs } from "./store-document";
import { uint32Id } from "../../../shared/server/ids";

/**
 * The appeals pages' off-chain writes and key look-ups. Documents arrive sealed from the
 * officer's browser: this server never sees a text or a private key, and stores only
 * ciphertext keyed by the commitment that the chain will (or does) hold. Arguments are
 * checked here, whatever a caller sends: a server action is a public endpoint.
 */

/**
 * Stores an answer or reason document of appeal `appealId`, before its commitment is
 * written on chain, with the other wraps of the action (forwarding: the appeal's key for the
 * receiving agency), in one records transaction. Null when stored, else the refusal in the
 * page's language (no session, no role on chain, a malformed or mismatched document).
 */
export async function storeAppealDocument(input: unknown): Promise<RefusalBody | null> {
  const token = (await cookies()).get(sessionCookie)?.value;
  return storeAppealDocumentAs(token, await requestLocale(), input);
}

const agencyId = uint32Id;

/** The appeals key of an agency (the forwarding target), or null if it has none. Public. */
export async function agencyPublicKey(id: unknown): Promise<AgencyKey | null> {
  const parsed = agencyId.safeParse(id);
  const deployment = loadDeployment();
  if (!parsed.success || !deployment.ok) return null;
  return appealKeyOf(await sharedRecords(), deployment.deployment.chainId, parsed.data);
}
