import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { providerOf, sqlitePath } from "./url.ts";

export interface AdapterOptions {
  /** The setting the URL came from, for the error about a malformed one. */
  variable?: string;
  /** SQLite: fail when the file does not exist, instead of creating an empty one. */
  fileMustExist?: boolean;
}

/**
 * Prisma's driver adapter for a database URL. Every package generates one client per
 * provider from the same models; each passes the adapter this returns to the matching one.
 */
export function driverAdapter(
  url: string,
  options: AdapterOptions = {},
): PrismaBetterSqlite3 | PrismaPg {
  if (providerOf(url, options.variable) === "postgresql") {
    return new PrismaPg({ connectionString: url });
  }
  // Several processes share the file (the apps, the indexer): wait for a lock, don't fail.
  return new PrismaBetterSqlite3({
    url: sqlitePath(url),
    timeout: 10_000,
    fileMustExist: options.fileMustExist ?? false,
  });
}
