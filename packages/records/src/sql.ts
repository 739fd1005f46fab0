import { Prisma } from "./generated/sqlite/client.ts";
import type { RecordsClient } from "./database.ts";

/** A records transaction (Prisma's interactive one), or the client outside of one. */
export type RecordsWriter = Prisma.TransactionClient | RecordsClient;

/** Rows with column names as keys (snake_case, as in the migrations). */
type Row = Record<string, string | number | Date | Uint8Array | null>;

/** SQLite allows 32,766 parameters in a statement, PostgreSQL 65,535: stay well below both. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows into `table`, skipping those whose key is already stored (INSERT ... ON
 * CONFLICT DO NOTHING, the same on SQLite and PostgreSQL): storing the same records twice
 * stores nothing twice, two requests racing store them once, and a transaction that starts
 * with it takes SQLite's write lock first (waiting for it), never after a read. Prisma's
 * createMany cannot skip duplicates on SQLite. Returns how many rows were new.
 */
export async function insertNew(
  writer: RecordsWriter,
  table: string,
  rows: Row[],
): Promise<number> {
  const [first] = rows;
  if (!first) return 0;
  const columns = Object.keys(first);
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunk) {
    const values = rows
      .slice(start, start + chunk)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column] ?? null))})`);
    inserted += await writer.$executeRaw`INSERT INTO ${Prisma.raw(table)} (${Prisma.raw(
      columns.join(", "),
    )}) VALUES ${Prisma.join(values)} ON CONFLICT DO NOTHING`;
  }
  return inserted;
}
