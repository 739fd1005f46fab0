import { agencyKey, type RecordsDatabase } from "@ishonch/records";
import {
  DEV_APPEALS_CHAIN_ID,
  devAgencyKeyPair,
  type AgencyKey,
  type IshonchDeployment,
} from "@ishonch/sdk";

/**
 * An agency's published appeals key; on the dev chain, an agency that published none uses
 * its demo key (as the citizen app seals for it). Null: the agency cannot receive appeals.
 */
export async function publishedAgencyKey(
  records: RecordsDatabase,
  deployment: IshonchDeployment,
  agencyId: number,
): Promise<AgencyKey | null> {
  const published = await agencyKey(records, agencyId);
  if (published) return published;
  return deployment.chainId === DEV_APPEALS_CHAIN_ID
    ? { agencyId, publicKey: devAgencyKeyPair(agencyId).publicKey }
    : null;
}
