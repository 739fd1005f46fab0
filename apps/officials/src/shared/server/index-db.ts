import { indexHead, openIndex, type IndexDatabase } from "@ishonch/index";

// One connection per server process; kept on globalThis so that `next dev` reloads
// do not open a new one each time.
const holder = globalThis as typeof globalThis & { ishonchIndex?: Promise<IndexDatabase> };

/** The index database (DATABASE_URL, else the repository's SQLite file). */
export function indexDatabase(): Promise<IndexDatabase> {
  if (!holder.ishonchIndex) {
    holder.ishonchIndex = openIndex().catch((error: unknown) => {
      // Forget the failure so that the next request tries again (the indexer may start later).
      holder.ishonchIndex = undefined;
      throw error;
    });
  }
  return holder.ishonchIndex;
}

/**
 * Runs a query on the index; null when the index cannot be read, so that a page can
 * say so instead of failing.
 */
export async function fromIndex<T>(query: (db: IndexDatabase) => Promise<T>): Promise<T | null> {
  try {
    return await query(await indexDatabase());
  } catch (error) {
    console.error("officials: index query failed:", error);
    return null;
  }
}

/** The last block the index has processed, or null. */
export async function indexedBlock(): Promise<number | null> {
  const head = await fromIndex((db) => indexHead(db));
  return head?.blockNumber ?? null;
}
