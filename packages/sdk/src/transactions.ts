// Every contract write goes through `send`: one network check and one error decoding for
// all services.
import type { ContractTransactionReceipt, ContractTransactionResponse } from "ethers";
import { providerOf, read } from "./chain.ts";
import type { IshonchContracts } from "./contracts.ts";
import { IshonchError, decodeError } from "./errors.ts";

/** Fails with WrongNetwork when the runner's chain is not the deployment's. */
export async function checkNetwork(contracts: IshonchContracts): Promise<void> {
  const { chainId } = await read(() => providerOf(contracts).getNetwork());
  if (chainId !== BigInt(contracts.deployment.chainId)) {
    throw new IshonchError("WrongNetwork", {
      expected: contracts.deployment.chainId,
      actual: chainId.toString(),
    });
  }
}

/** Sends a transaction and waits for it to be mined; every failure becomes an IshonchError. */
export async function send(
  contracts: IshonchContracts,
  transaction: () => Promise<ContractTransactionResponse>,
): Promise<ContractTransactionReceipt> {
  await checkNetwork(contracts);
  try {
    const receipt = await minedReceipt(await transaction());
    if (!receipt) throw new IshonchError("Unknown", { reason: "no receipt" });
    return receipt;
  } catch (error) {
    throw decodeError(error);
  }
}

/** How often a sent transaction's receipt is asked for. */
const RECEIPT_POLL_MS = 250;

/**
 * The receipt of a sent transaction, asked for until the node has it. ethers' own `wait()`
 * looks once, then only on blocks mined after it starts listening: a node that answers
 * eth_sendTransaction before mining (anvil) can mine the transaction in between, and on an
 * idle chain no later block comes, so `wait()` never returns. Once the receipt is there,
 * `wait()` returns at once and keeps its checks (a reverted transaction still throws).
 */
async function minedReceipt(
  response: ContractTransactionResponse,
): Promise<ContractTransactionReceipt | null> {
  while ((await response.provider.getTransactionReceipt(response.hash)) === null) {
    await new Promise((resolve) => setTimeout(resolve, RECEIPT_POLL_MS));
  }
  return response.wait();
}
