import type { IshonchContracts } from "@ishonch/sdk";

/** The block every read of one page is pinned to. */
export function latestBlockNumber(contracts: IshonchContracts): Promise<number> {
  return contracts.kindergartenQueue.runner!.provider!.getBlockNumber();
}
