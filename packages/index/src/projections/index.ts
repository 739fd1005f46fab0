import type { ContractName } from "@ishonch/sdk";
import { organizationsProjection } from "./organizations.ts";
import { appealsProjection } from "./appeals.ts";
import { queueProjection } from "./queue.ts";
import { certificatesProjection } from "./certificates.ts";
import type { IndexedEvent, Projection, Transaction } from "./projection.ts";
import { clearProjection } from "./projection.ts";

export type { IndexedEvent, Projection, Transaction } from "./projection.ts";

/** Every contract's projection, in the order their tables depend on each other. */
const projections: Projection[] = [
  organizationsProjection,
  appealsProjection,
  queueProjection,
  certificatesProjection,
];

const byContract = new Map<ContractName, Projection>(
  projections.map((projection) => [projection.contract, projection]),
);

/**
 * Applies one event to its contract's projection. Events must come in chain order.
 * Events of contracts without a projection (the access manager's) are only kept in the log.
 */
export async function applyEvent(tx: Transaction, event: IndexedEvent): Promise<void> {
  await byContract.get(event.contract)?.apply(tx, event);
}

/** Empties every projection's tables; children before parents, so in reverse order. */
export async function clearProjections(tx: Transaction): Promise<void> {
  for (const projection of [...projections].reverse()) await clearProjection(tx, projection);
}

/** Stored events are replayed in pages of this many rows. */
const replayPageSize = 1_000;

/**
 * Rebuilds the projections from the stored event log alone, inside the caller's
 * transaction. Used after a reorganisation: replaying the log is simpler than undoing
 * each event, and correct because the log below the common ancestor is canonical.
 */
export async function rebuildProjections(tx: Transaction): Promise<void> {
  await clearProjections(tx);
  for (let skip = 0; ; skip += replayPageSize) {
    const rows = await tx.event.findMany({
      where: { contract: { in: projections.map((projection) => projection.contract) } },
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
