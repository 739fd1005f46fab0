import { getAddress } from "ethers";
import { ConfigurationError } from "./error-base.ts";
import { abis } from "./generated/abis.ts";

export type Address = `0x${string}`;

/** Whether two addresses are the same account, whatever their letter case (checksum or not). */
export function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The contracts every Ishonch deployment holds, by their Solidity names. */
export const contractNames = Object.keys(abis) as ContractName[];
export type ContractName = keyof typeof abis;

/**
 * Where one deployment of Ishonch lives: written by the deployment step, read by the
 * indexer and both apps. Nothing else in the repository names an address.
 */
export interface IshonchDeployment {
  chainId: number;
  rpcUrl: string;
  /** First block that can hold an Ishonch event; the indexer starts here. */
  startBlock: number;
  contracts: Record<ContractName, Address>;
}

/** Checks a deployment read from JSON and normalises its addresses to checksum form. */
export function parseDeployment(json: unknown): IshonchDeployment {
  const value = json as Partial<IshonchDeployment> | null;
  if (!value || typeof value !== "object")
    throw new ConfigurationError("deployment: not an object");
  const { chainId, rpcUrl, startBlock, contracts } = value;
  if (!Number.isSafeInteger(chainId) || (chainId as number) <= 0) {
    throw new ConfigurationError("deployment: chainId must be a positive integer");
  }
  if (typeof rpcUrl !== "string" || !/^https?:\/\//.test(rpcUrl)) {
    throw new ConfigurationError("deployment: rpcUrl must be an http(s) URL");
  }
  if (!Number.isSafeInteger(startBlock) || (startBlock as number) < 0) {
    throw new ConfigurationError("deployment: startBlock must be a block number");
  }
  if (!contracts || typeof contracts !== "object")
    throw new ConfigurationError("deployment: no contracts");
  const checked = {} as Record<ContractName, Address>;
  for (const name of contractNames) {
    const address = (contracts as Record<string, unknown>)[name];
    if (typeof address !== "string")
      throw new ConfigurationError(`deployment: no address for ${name}`);
    checked[name] = getAddress(address) as Address;
  }
  return {
    chainId: chainId as number,
    rpcUrl,
    startBlock: startBlock as number,
    contracts: checked,
  };
}
