/** Fresh, migrated indexes on each kind of database, and a comparable dump of an index. */
import type { TestBackend } from "@ishonch/database/testing";
import { openIndex, type IndexDatabase } from "../../src/index.ts";
import { migrate } from "../../src/indexer-entry.ts";

export { testBackends, type TestBackend } from "@ishonch/database/testing";

export async function openNewIndex(backend: TestBackend): Promise<IndexDatabase> {
  const db = await openIndex(await backend.newDatabaseUrl());
  await migrate(db);
  return db;
}

/**
 * Everything the index knows, in a stable order, for comparing two indexes of one chain.
 * recent_blocks is left out: which block hashes are kept depends on the range boundaries.
 */
export async function dumpIndex(db: IndexDatabase) {
  const { prisma } = db;
  return {
    events: await prisma.event.findMany({ orderBy: [{ blockNumber: "asc" }, { logIndex: "asc" }] }),
    organizations: await prisma.organization.findMany({ orderBy: { id: "asc" } }),
    staffRoles: await prisma.staffRole.findMany({
      orderBy: [{ orgId: "asc" }, { account: "asc" }, { role: "asc" }],
    }),
    checkpoint: await prisma.checkpoint.findMany(),
  };
}
