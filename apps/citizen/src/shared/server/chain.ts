/** Reads from the chain, on the server only: a plain JSON-RPC provider, no wallet. */
import { connectPinnedReader, readDeploymentFile, type ChainSnapshot } from "@ishonch/sdk/node";

export type { ChainSnapshot };

/**
 * The deployment file is read on every request (ISHONCH_DEPLOYMENT, ISHONCH_RPC_URL): a
 * redeployment needs no restart. Throws when the file is missing or the node does not answer.
 */
export function chainSnapshot(): Promise<ChainSnapshot> {
  return connectPinnedReader(readDeploymentFile());
}
