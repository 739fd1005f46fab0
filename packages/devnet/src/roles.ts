/** What the chain says an account may do: its access-manager roles and its staff roles. */
import {
  organizationsOf,
  staffRolesOf,
  type Address,
  type IshonchContracts,
  type StaffRoleName,
} from "@ishonch/sdk";

export interface HeldRoles {
  /** Access-manager roles (ADMIN is 0) held now, as role ids. */
  accessRoles: bigint[];
  /** Staff roles held now, per organization. */
  staffRoles: { orgId: number; role: StaffRoleName }[];
}

/**
 * Every role the account holds now. The access manager cannot list an account's roles, so
 * every role ever granted to it (its `RoleGranted` events since the deployment) is checked
 * against the current state: a renounced or revoked role is not held.
 */
export async function rolesHeldBy(
  contracts: IshonchContracts,
  account: Address,
): Promise<HeldRoles> {
  const { accessManager } = contracts;
  const grants = await accessManager.queryFilter(
    accessManager.filters.RoleGranted(undefined, account),
    contracts.deployment.startBlock,
  );
  const accessRoles: bigint[] = [];
  for (const roleId of new Set(grants.map((grant) => grant.args.roleId))) {
    const [isMember] = await accessManager.hasRole(roleId, account);
    if (isMember) accessRoles.push(roleId);
  }
  const staffRoles: HeldRoles["staffRoles"] = [];
  for (const orgId of await organizationsOf(contracts, account)) {
    for (const role of await staffRolesOf(contracts, orgId, account))
      staffRoles.push({ orgId, role });
  }
  return { accessRoles, staffRoles };
}

/** Whether the account holds no role at all. */
export function holdsNoRole({ accessRoles, staffRoles }: HeldRoles): boolean {
  return accessRoles.length === 0 && staffRoles.length === 0;
}
