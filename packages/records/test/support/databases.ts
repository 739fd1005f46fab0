/** Fresh, migrated records and indexes on each kind of database, for the tests. */
import type { TestBackend } from "@ishonch/database/testing";
import { closeIndex, openIndex, type IndexDatabase } from "@ishonch/index";
import { migrate } from "@ishonch/index/indexer";
import { closeRecords, openRecords, type RecordsDatabase } from "../../src/index.ts";
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

/** The records and the index of one chain, on one backend. */
export interface Store {
  records: RecordsDatabase;
  index: IndexDatabase;
}

/** On every usable backend, new records and a new index (in the order of `backends`). */
export async function openStores(backends: TestBackend[]): Promise<Store[]> {
  const stores: Store[] = [];
  for (const backend of backends) {
    stores.push({ records: await openNewRecords(backend), index: await openNewIndex(backend) });
  }
  return stores;
}

/** Closes the stores, then removes every database the backends made. */
export async function closeStores(stores: Store[], backends: TestBackend[]): Promise<void> {
  for (const { records, index } of stores) {
    await closeRecords(records);
    await closeIndex(index);
  }
  for (const backend of backends) await backend.cleanUp();
}
