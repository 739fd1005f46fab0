/** Reads from the chain, on the server only: a plain JSON-RPC provider, no wallet. */
import { FetchRequest, JsonRpcProvider, Network, type ContractRunner } from "ethers";
import { connectIshonch, type IshonchContracts, type IshonchDeployment } from "@ishonch/sdk";
import { readDeploymentFile } from "@ishonch/sdk/node";

/** A page waits at most this long for the node before it says the chain is unreachable. */
const RPC_TIMEOUT_MS = 5_000;

const providers = new Map<string, JsonRpcProvider>();

function providerFor(deployment: IshonchDeployment): JsonRpcProvider {
  const key = `${deployment.chainId}@${deployment.rpcUrl}`;
  let provider = providers.get(key);
  if (!provider) {
    const request = new FetchRequest(deployment.rpcUrl);
    request.timeout = RPC_TIMEOUT_MS;
    // The chain id comes from the deployment: no network detection, which would retry
    // forever in the background when the node is down.
    const network = Network.from(deployment.chainId);
    provider = new JsonRpcProvider(request, network, { staticNetwork: network });
    providers.set(key, provider);
  }
  return provider;
}

/** The contracts, with every read pinned to one block so a page shows one consistent state. */
export interface ChainSnapshot {
  deployment: IshonchDeployment;
  blockNumber: number;
  contracts: IshonchContracts;
}

/**
 * The deployment file is read on every request (ISHONCH_DEPLOYMENT, ISHONCH_RPC_URL): a
 * redeployment needs no restart. Throws when the file is missing or the node does not answer.
 */
export async function chainSnapshot(): Promise<ChainSnapshot> {
  const deployment = readDeploymentFile();
  const provider = providerFor(deployment);
  const blockNumber = await provider.getBlockNumber();
  const pinned: ContractRunner = {
    provider,
    call: (transaction) => provider.call({ ...transaction, blockTag: blockNumber }),
  };
  return { deployment, blockNumber, contracts: connectIshonch(deployment, pinned) };
}
