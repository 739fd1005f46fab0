"use client";

import { useQuery } from "@tanstack/react-query";
import { useConnection } from "wagmi";
import {
  getCouncilMembership,
  getOrganization,
  isRegistrar,
  organizationsOf,
  staffRolesOf,
  type Organization,
  type StaffRoleName,
} from "@ishonch/sdk";
import { contractsForReading } from "./contracts";
import { useDeployment } from "./WalletProvider";

export interface ChainRoles {
  /** The block the answer was read at. */
  blockNumber: number;
  registrar: boolean;
  /** Whether the account sits on the council of agencies (then it proposes what it cannot do). */
  councilMember: boolean;
  memberships: { organization: Organization; roles: StaffRoleName[] }[];
}

/** Query key prefix of the chain-roles read, invalidated after every write. */
export const chainRolesKey = ["chain-roles"] as const;

/**
 * The connected account's registrar role, council seat and staff roles, read from the chain
 * through the wallet (never from the index). Disabled until the wallet is on the Ishonch chain.
 */
export function useChainRoles() {
  const deployment = useDeployment();
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
      const [blockNumber, registrar, council, ids] = await Promise.all([
        provider.getBlockNumber(),
        isRegistrar(contracts, address),
        getCouncilMembership(contracts),
        organizationsOf(contracts, address),
      ]);
      const memberships = await Promise.all(
        ids.map(async (id) => ({
          organization: await getOrganization(contracts, id),
          roles: await staffRolesOf(contracts, id, address),
        })),
      );
      const councilMember = council.members.some(
        (member) => member.toLowerCase() === address.toLowerCase(),
      );
      return { blockNumber, registrar, councilMember, memberships };
    },
  });
}
