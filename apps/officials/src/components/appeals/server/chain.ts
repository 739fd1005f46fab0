import { JsonRpcProvider } from "ethers";
import { connectIshonch, type IshonchContracts, type IshonchDeployment } from "@ishonch/sdk";

/**
 * Runs `read` against the deployment's chain from the server, with a provider that lives
 * for this one request. The appeals pages read status, deadline and the chain's clock here,
 * so that what they show is the contract's answer, not the index's.
 */
export async function readChain<T>(
  deployment: IshonchDeployment,
  read: (contracts: IshonchContracts) => Promise<T>,
): Promise<T> {
  const provider = new JsonRpcProvider(deployment.rpcUrl, deployment.chainId, {
    staticNetwork: true,
  });
  try {
    return await read(connectIshonch(deployment, provider));
  } finally {
    provider.destroy();
  }
}
