import { readFileSync } from "node:fs";
import { contractNames, parseDeployment, type IshonchDeployment } from "@ishonch/sdk";

/** What the command line says about the chain: nothing here comes from the operator's index. */
export interface ChainOptions {
  rpcUrl: string;
  /** A deployment JSON file (addresses, chain id, start block). */
  deploymentFile?: string;
  /** `Name=0x…` pairs, instead of (or over) the file's addresses. */
  addresses: string[];
  chainId?: number;
  startBlock?: number;
}

/**
 * The deployment to check against, from the file and/or the flags, with the RPC URL given
 * on the command line (never the file's). Fails with a message naming what is missing.
 */
export function deploymentFromOptions(options: ChainOptions): IshonchDeployment {
  const base: Record<string, unknown> = options.deploymentFile
    ? (JSON.parse(readFileSync(options.deploymentFile, "utf8")) as Record<string, unknown>)
    : {};
  const contracts: Record<string, unknown> = { ...(base.contracts as object | undefined) };
  for (const pair of options.addresses) {
    const [name, address] = pair.split("=");
    if (!name || !address || !(contractNames as string[]).includes(name)) {
      throw new Error(`--address ${pair}: expected Name=0x… with Name one of ${contractNames}`);
    }
    contracts[name] = address;
  }
  return parseDeployment({
    ...base,
    chainId: options.chainId ?? base.chainId,
    startBlock: options.startBlock ?? base.startBlock ?? 0,
    rpcUrl: options.rpcUrl,
    contracts,
  });
}
