/** Who holds which role of the platform's access manager (IshonchAccessManager). */
import { read } from "./chain.ts";
import type { IshonchContracts } from "./contracts.ts";
import type { Address } from "./deployment.ts";

/** Whether `account` holds the access manager's role `role`, with or without a delay. */
export async function holdsRole(
  contracts: IshonchContracts,
  role: number | bigint,
  account: Address,
): Promise<boolean> {
  const [isMember] = await read(() => contracts.accessManager.hasRole(role, account));
  return isMember;
}
