/** The off-chain index (search and lists), opened once per server process. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { openIndex, type IndexDatabase } from "@ishonch/index";
import { repoRoot } from "@ishonch/sdk/node";

/**
 * `$DATABASE_URL`, or the local platform's SQLite file. Computed here rather than by
 * @ishonch/index because its default is relative to its own source file, which is not
 * where it runs once bundled into the app.
 */
function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${join(repoRoot(), ".ishonch", "index.db")}`;
}

let opening: Promise<IndexDatabase> | null = null;

async function open(): Promise<IndexDatabase> {
  const url = databaseUrl();
  // SQLite would create an empty file; a reader must not, the indexer owns the file.
  const file = url.startsWith("file:") ? url.slice("file:".length).split("?")[0] : null;
  if (file && !existsSync(file)) throw new Error(`no index database at ${file}`);
  return openIndex(url);
}

/** The open index; a failed open is retried on the next request. */
export function indexDatabase(): Promise<IndexDatabase> {
  opening ??= open().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}
