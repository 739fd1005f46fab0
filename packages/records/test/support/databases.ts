/** Fresh, migrated records and indexes on each kind of database, for the tests. */
import type { TestBackend } from "@ishonch/database/testing";
import { openIndex, type IndexDatabase } from "@ishonch/index";
import { migrate } from "@ishonch/index/indexer";
import { openRecords, type RecordsDatabase } from "../../src/index.ts";
import { migrateRecords } from "../../src/admin.ts";

export { testBackends, type TestBackend } from "@ishonch/database/testing";

export async function openNewRecords(backend: TestBackend): Promise<RecordsDatabase> {
  const records = await openRecords(await backend.newDatabaseUrl(), { create: true });
  await migrateRecords(records);
  return records;
}

export async function openNewIndex(backend: TestBackend): Promise<IndexDatabase> {
  const db = await openIndex(await backend.newDatabaseUrl());
  await migrate(db);
  return db;
}
