"use client";

import { useQuery } from "@tanstack/react-query";
import { useConnection } from "wagmi";
import {
  getOrganization,
  isRegistrar,
  organizationsOf,
  staffRolesOf,
  type Organization,
  type StaffRoleName,
} from "@ishonch/sdk";
import { useWorkspace } from "./context";
import { contractsForReading } from "./wallet";

export interface ChainRoles {
  /** The block the answer was read at. */
  blockNumber: number;
  registrar: boolean;
  memberships: { organization: Organization; roles: StaffRoleName[] }[];
}

/** Query key prefix of the chain-roles read, invalidated after every write. */
export const chainRolesKey = ["chain-roles"] as const;

/**
 * The connected account's registrar role and staff roles, read from the chain through
 * the wallet (never from the index). Disabled until the wallet is on the Ishonch chain.
 */
export function useChainRoles() {
  const { deployment } = useWorkspace();
  const { address, chainId, connector, status } = useConnection();
  const ready =
    status === "connected" && chainId === deployment.chainId && !!connector && !!address;
  return useQuery({
    queryKey: [...chainRolesKey, deployment.contracts.OrganizationRegistry, chainId, address],
    enabled: ready,
    retry: false,
    queryFn: async (): Promise<ChainRoles> => {
      if (!connector || !address) throw new Error("not connected");
      const { contracts, provider } = await contractsForReading(deployment, connector);
      const [blockNumber, registrar, ids] = await Promise.all([
        provider.getBlockNumber(),
        isRegistrar(contracts, address),
        organizationsOf(contracts, address),
      ]);
      const memberships = await Promise.all(
        ids.map(async (id) => ({
          organization: await getOrganization(contracts, id),
          roles: await staffRolesOf(contracts, id, address),
        })),
      );
      return { blockNumber, registrar, memberships };
    },
  });
}
