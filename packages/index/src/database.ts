import {
  databaseUrlFromEnv,
  driverAdapter,
  providerOf,
  type DatabaseProvider,
} from "@ishonch/database";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";

export type { DatabaseProvider };

/**
 * Both generated clients come from the same prisma/models, so their model APIs are
 * identical; the SQLite client's type stands for either.
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
  return databaseUrlFromEnv("DATABASE_URL", "index.db");
}

/** Opens the index (not migrated: call `migrate` before the first use of a new database). */
export async function openIndex(url: string = defaultDatabaseUrl()): Promise<IndexDatabase> {
  const provider = providerOf(url);
  const adapter = driverAdapter(url);
  const prisma =
    provider === "sqlite"
      ? new SqliteClient({ adapter })
      : // Same models, same API: see IndexClient.
        (new PostgresClient({ adapter }) as unknown as IndexClient);
  await prisma.$connect();
  return { provider, url, prisma };
}

export async function closeIndex(db: IndexDatabase): Promise<void> {
  await db.prisma.$disconnect();
}
