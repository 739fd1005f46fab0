import { isAbsolute, resolve } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { repoRoot } from "@ishonch/sdk/node";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";

export type DatabaseProvider = "sqlite" | "postgresql";

/**
 * Both generated clients come from the same prisma/models.prisma, so their model APIs
 * are identical; the SQLite client's type stands for either.
 */
export type IndexClient = SqliteClient;

/** An open index: the Prisma client plus what the migrator needs to open its own connection. */
export interface IndexDatabase {
  readonly provider: DatabaseProvider;
  readonly url: string;
  readonly prisma: IndexClient;
}

/** `file:<repo>/.ishonch/index.db`, or `$DATABASE_URL`. */
export function defaultDatabaseUrl(): string {
  return process.env.DATABASE_URL || `file:${resolve(repoRoot(), ".ishonch/index.db")}`;
}

export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  throw new Error(`DATABASE_URL must start with file:, postgresql:// or postgres://`);
}

/** The file of a `file:` URL; a relative path is taken from the current directory. */
export function sqlitePath(url: string): string {
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (path === "") throw new Error(`No file in DATABASE_URL ${url}`);
  // Chosen at run time: keep Next's bundler from tracing the whole repository.
  return isAbsolute(path) ? path : resolve(/* turbopackIgnore: true */ path);
}

/** Opens the index (not migrated: call `migrate` before the first use of a new database). */
export async function openIndex(url: string = defaultDatabaseUrl()): Promise<IndexDatabase> {
  const provider = providerOf(url);
  const prisma =
    provider === "sqlite"
      ? new SqliteClient({
          // Readers (the apps) and the indexer share the file; wait for a lock, don't fail.
          adapter: new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: 10_000 }),
        })
      : // Same models, same API: see IndexClient.
        (new PostgresClient({
          adapter: new PrismaPg({ connectionString: url }),
        }) as unknown as IndexClient);
  await prisma.$connect();
  return { provider, url, prisma };
}

export async function closeIndex(db: IndexDatabase): Promise<void> {
  await db.prisma.$disconnect();
}
