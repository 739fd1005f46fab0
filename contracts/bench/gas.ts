// What the gas benchmarks measure the same way.
import type { ContractTransactionResponse } from "ethers";

/** The gas a sent transaction used, once mined. */
export async function gasOf(sent: Promise<ContractTransactionResponse>): Promise<bigint> {
  const receipt = await (await sent).wait();
  return receipt!.gasUsed;
}
