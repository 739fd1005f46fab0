import { FetchRequest, JsonRpcProvider, Network } from "ethers";
import { connectIshonch, type IshonchContracts, type IshonchDeployment } from "@ishonch/sdk";

/** A page waits at most this long for the node before it says the chain is unreachable. */
const RPC_TIMEOUT_MS = 5_000;

const providers = new Map<string, JsonRpcProvider>();

/**
 * The deployment's contracts for reading on the server, through a plain JSON-RPC provider:
 * the queue's numbers come from the chain whether or not a wallet is connected. The chain
 * id comes from the deployment, so a dead node fails fast instead of being probed forever.
 */
export function chainReader(deployment: IshonchDeployment): IshonchContracts {
  const key = `${deployment.chainId}@${deployment.rpcUrl}`;
  let provider = providers.get(key);
  if (!provider) {
    const request = new FetchRequest(deployment.rpcUrl);
    request.timeout = RPC_TIMEOUT_MS;
    const network = Network.from(deployment.chainId);
    provider = new JsonRpcProvider(request, network, { staticNetwork: network });
    providers.set(key, provider);
  }
  return connectIshonch(deployment, provider);
}

/** The block every read of one page is pinned to. */
export function latestBlockNumber(contracts: IshonchContracts): Promise<number> {
  return contracts.kindergartenQueue.runner!.provider!.getBlockNumber();
}
