// The tests' own connections to the chain, acting as accounts the node holds unlocked.
import { connectIshonch, type IshonchContracts } from "@ishonch/sdk";
import { JsonRpcProvider } from "ethers";
import type { PlatformInfo } from "./platform-info";

/** The deployment's contracts signed by the node's unlocked account `index`. */
export async function contractsOf(
  platform: PlatformInfo,
  index: number,
): Promise<{ contracts: IshonchContracts; provider: JsonRpcProvider }> {
  const provider = new JsonRpcProvider(platform.rpcUrl, platform.chainId, {
    staticNetwork: true,
    // The tests wait for their own transactions: poll faster than ethers' 4 s default.
    pollingInterval: 100,
  });
  return {
    contracts: connectIshonch(platform.deployment, await provider.getSigner(index)),
    provider,
  };
}

/** Moves the chain's clock forward and mines a block, through the platform's RPC. */
export async function advanceChainTime(rpcUrl: string, seconds: number): Promise<void> {
  for (const [method, params] of [
    ["evm_increaseTime", [seconds]],
    ["evm_mine", []],
  ] as const) {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const body = (await response.json()) as { error?: { message: string } };
    if (body.error) throw new Error(`${method}: ${body.error.message}`);
  }
}
