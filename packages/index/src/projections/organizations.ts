import {
  organizationStatusNames,
  organizationTypeNames,
  regionNames,
  staffRoleNames,
} from "@ishonch/sdk";
import { foldForSearch } from "@ishonch/database";
import type { IndexedEvent, Projection, Transaction } from "./projection.ts";
import { enumName, origin } from "./projection.ts";

async function apply(tx: Transaction, event: IndexedEvent): Promise<void> {
  const { args } = event;
  switch (event.name) {
    case "OrganizationRegistered": {
      const name = String(args.name);
      await tx.organization.create({
        data: {
          id: Number(args.id),
          orgType: enumName(organizationTypeNames, args.orgType, "organization type"),
          region: enumName(regionNames, args.region, "region"),
          status: "Active",
          parentId: Number(args.parentId) === 0 ? null : Number(args.parentId),
          name,
          nameSearch: foldForSearch(name),
          // The contract records block.timestamp as registeredAt.
          registeredAt: event.blockTimestamp,
          ...origin(event),
        },
      });
      return;
    }
    case "OrganizationStatusChanged":
      await tx.organization.update({
        where: { id: Number(args.id) },
        data: { status: enumName(organizationStatusNames, args.status, "status") },
      });
      return;
    case "StaffRoleGranted":
      await tx.staffRole.create({
        data: {
          orgId: Number(args.orgId),
          account: String(args.account),
          role: enumName(staffRoleNames, args.role, "staff role"),
          grantedBy: String(args.sender),
          grantedAt: event.blockTimestamp,
          ...origin(event),
        },
      });
      return;
    case "StaffRoleRevoked":
      await tx.staffRole.delete({
        where: {
          orgId_account_role: {
            orgId: Number(args.orgId),
            account: String(args.account),
            role: enumName(staffRoleNames, args.role, "staff role"),
          },
        },
      });
      return;
  }
}

/** OrganizationRegistry's events as the organizations and staff_roles tables. */
export const organizationsProjection: Projection = {
  contract: "OrganizationRegistry",
  apply,
  models: ["staffRole", "organization"],
};
