/**
 * What every service reads from the chain the same way: reads whose failures (a revert, a
 * node that is down) become IshonchErrors, the latest block and its time (the chain's "now",
 * by which the contracts judge deadlines, not this machine's clock), and the events a mined
 * transaction emitted.
 */
import type { ContractTransactionReceipt, LogDescription, Provider } from "ethers";
import { contractInterface, type IshonchContracts } from "./contracts.ts";
import type { ContractName } from "./deployment.ts";
import { IshonchError, decodeError } from "./errors.ts";

/** Runs a read and turns any failure (UnknownApplication, a dead node...) into an IshonchError. */
export async function read<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw decodeError(error);
  }
}

/** The provider the deployment's handles read through; fails with NetworkError without one. */
export function providerOf(contracts: IshonchContracts): Provider {
  const provider = contracts.organizationRegistry.runner?.provider;
  if (!provider) throw new IshonchError("NetworkError", { reason: "no provider" });
  return provider;
}

/** The chain's latest block: its number and time (the contracts' `block.timestamp` now). */
export async function chainNow(
  contracts: IshonchContracts,
): Promise<{ blockNumber: number; time: number }> {
  const block = await read(() => providerOf(contracts).getBlock("latest"));
  if (!block) throw new IshonchError("NetworkError", { reason: "no latest block" });
  return { blockNumber: block.number, time: block.timestamp };
}

/** Unix seconds, as the contracts keep time, as a Date. */
export function dateOf(seconds: bigint | number): Date {
  return new Date(Number(seconds) * 1000);
}

/** The `name` events that the deployment's `contract` emitted in a mined transaction. */
export function eventsIn(
  contracts: IshonchContracts,
  receipt: ContractTransactionReceipt,
  contract: ContractName,
  name: string,
): LogDescription[] {
  const address = contracts.deployment.contracts[contract].toLowerCase();
  const events = contractInterface(contract);
  return receipt.logs
    .filter((log) => log.address.toLowerCase() === address)
    .map((log) => events.parseLog(log))
    .filter((parsed): parsed is LogDescription => parsed?.name === name);
}

/** The first `name` event of `contract` in a mined transaction; Unknown if there is none. */
export function eventIn(
  contracts: IshonchContracts,
  receipt: ContractTransactionReceipt,
  contract: ContractName,
  name: string,
): LogDescription {
  const [event] = eventsIn(contracts, receipt, contract, name);
  if (!event) throw new IshonchError("Unknown", { reason: `no ${name} event` });
  return event;
}
