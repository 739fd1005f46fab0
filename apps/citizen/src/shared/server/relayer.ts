/**
 * The platform relayer: the account that submits citizens' writes (appeals, applications),
 * on the server only. The signer comes from the SDK's `relayerSignerFromEnv`: on the dev
 * chain an unlocked node account (ISHONCH_RELAYER_ACCOUNT), in production a private key
 * (ISHONCH_RELAYER_KEY).
 */
import { JsonRpcProvider, Network } from "ethers";
import { connectIshonch, relayerSignerFromEnv, type IshonchContracts } from "@ishonch/sdk";
import { readDeploymentFile } from "@ishonch/sdk/node";

let relayer: { key: string; contracts: Promise<IshonchContracts> } | null = null;

/** The contracts bound to the relayer's signer (one per deployment, reused across requests). */
export function relayerContracts(): Promise<IshonchContracts> {
  const deployment = readDeploymentFile();
  const key = `${deployment.chainId}@${deployment.rpcUrl}@${JSON.stringify(deployment.contracts)}`;
  if (relayer?.key !== key) {
    const network = Network.from(deployment.chainId);
    const provider = new JsonRpcProvider(deployment.rpcUrl, network, { staticNetwork: network });
    relayer = {
      key,
      contracts: relayerSignerFromEnv(process.env, provider).then((signer) =>
        connectIshonch(deployment, signer),
      ),
    };
  }
  return relayer.contracts;
}
