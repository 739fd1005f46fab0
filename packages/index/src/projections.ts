import {
  organizationStatusNames,
  organizationTypeNames,
  regionNames,
  staffRoleNames,
  type ContractName,
} from "@ishonch/sdk";
import type { Prisma } from "./generated/sqlite/client.ts";
import { foldForSearch } from "./search-text.ts";

export type Transaction = Prisma.TransactionClient;

/** A contract event as the index stores it (one row of `events`). */
export interface IndexedEvent {
  txHash: string;
  logIndex: number;
  blockNumber: number;
  blockHash: string;
  blockTimestamp: Date;
  contract: ContractName;
  name: string;
  args: Record<string, string | number | boolean>;
}

function enumName(names: readonly string[], value: unknown, what: string): string {
  const name = names[Number(value)];
  if (name === undefined) throw new Error(`Unknown ${what} ${String(value)}`);
  return name;
}

/**
 * Applies one event to the projections (organizations, staff_roles). Events must come in
 * chain order; the same function serves live indexing and replays of the stored log, so
 * both produce the same tables. Events without a projection (the access manager's) are
 * only kept in the log.
 */
export async function applyEvent(tx: Transaction, event: IndexedEvent): Promise<void> {
  if (event.contract !== "OrganizationRegistry") return;
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
          blockNumber: event.blockNumber,
          txHash: event.txHash,
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
          blockNumber: event.blockNumber,
          txHash: event.txHash,
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

/** Stored events are replayed in pages of this many rows. */
const replayPageSize = 1_000;

/**
 * Rebuilds the projections from the stored event log alone, inside the caller's
 * transaction. Used after a reorganisation: replaying the log is simpler than undoing
 * each event, and correct because the log below the common ancestor is canonical.
 */
export async function rebuildProjections(tx: Transaction): Promise<void> {
  await tx.staffRole.deleteMany();
  await tx.organization.deleteMany();
  for (let skip = 0; ; skip += replayPageSize) {
    const rows = await tx.event.findMany({
      where: { contract: "OrganizationRegistry" },
      orderBy: [{ blockNumber: "asc" }, { logIndex: "asc" }],
      skip,
      take: replayPageSize,
    });
    for (const row of rows) {
      await applyEvent(tx, {
        ...row,
        contract: row.contract as ContractName,
        args: JSON.parse(row.args) as IndexedEvent["args"],
      });
    }
    if (rows.length < replayPageSize) return;
  }
}
