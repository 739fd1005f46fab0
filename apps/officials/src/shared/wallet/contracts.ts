"use client";

import { BrowserProvider, type Eip1193Provider } from "ethers";
import {
  connectIshonch,
  type Address,
  type IshonchContracts,
  type IshonchDeployment,
} from "@ishonch/sdk";
import type { Connector } from "wagmi";

/**
 * The connected wallet as an ethers provider, so that every read and write goes through
 * the SDK. Built afresh for each use: a wallet may switch chains at any time, and a
 * provider that saw one chain refuses to work on another.
 */
async function browserProvider(
  deployment: IshonchDeployment,
  connector: Connector,
): Promise<BrowserProvider> {
  const eip1193 = (await connector.getProvider()) as Eip1193Provider;
  // Poll receipts every second, not ethers' default four: blocks on the network are fast.
  return new BrowserProvider(eip1193, deployment.chainId, { pollingInterval: 1000 });
}

/** The deployment's contracts, read through the wallet's own node. */
export async function contractsForReading(
  deployment: IshonchDeployment,
  connector: Connector,
): Promise<{ contracts: IshonchContracts; provider: BrowserProvider }> {
  const provider = await browserProvider(deployment, connector);
  return { contracts: connectIshonch(deployment, provider), provider };
}

/** The deployment's contracts, signed by the connected account. */
export async function contractsForSigning(
  deployment: IshonchDeployment,
  connector: Connector,
  account: Address,
): Promise<IshonchContracts> {
  const provider = await browserProvider(deployment, connector);
  return connectIshonch(deployment, await provider.getSigner(account));
}
