import { defineChain, type Chain } from "viem";
import type { IshonchDeployment } from "@ishonch/sdk";

/**
 * The wagmi/viem chain of one deployment, defined at run time from the deployment file:
 * the app names no chain, address or RPC endpoint of its own.
 */
export function ishonchChain(deployment: Pick<IshonchDeployment, "chainId" | "rpcUrl">): Chain {
  return defineChain({
    id: deployment.chainId,
    name: `Ishonch ${deployment.chainId}`,
    // Gas is free on the permissioned network; wallets still want a currency to show.
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [deployment.rpcUrl] } },
  });
}
