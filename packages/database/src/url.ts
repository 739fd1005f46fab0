import { isAbsolute, resolve } from "node:path";
import { repoRoot } from "@ishonch/sdk/node";

export type DatabaseProvider = "sqlite" | "postgresql";

/** A database as the migrator and the backup see it: which kind, and where. */
export interface DatabaseLocation {
  readonly provider: DatabaseProvider;
  readonly url: string;
}

/**
 * `$<variable>`, or the local platform's SQLite file `<repo>/.ishonch/<file>` (found from
 * the current directory, so that it holds wherever the code was bundled to).
 */
export function databaseUrlFromEnv(variable: string, file: string): string {
  return process.env[variable] || `file:${resolve(repoRoot(), ".ishonch", file)}`;
}

/** The kind of database a URL names; `variable` is the setting named in the error. */
export function providerOf(url: string, variable = "DATABASE_URL"): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  throw new Error(`${variable} must start with file:, postgresql:// or postgres://`);
}

/** The file of a `file:` URL; a relative path is taken from the current directory. */
export function sqlitePath(url: string): string {
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (path === "") throw new Error(`No file in the database URL ${url}`);
  // Chosen at run time: keep Next's bundler from tracing the whole repository.
  return isAbsolute(path) ? path : resolve(/* turbopackIgnore: true */ path);
}
