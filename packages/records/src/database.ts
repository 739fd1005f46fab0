import {
  databaseUrlFromEnv,
  driverAdapter,
  providerOf,
  sqlitePath,
  type DatabaseProvider,
} from "@ishonch/database";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";

/**
 * Both generated clients come from the same prisma/models, so their model APIs are
 * identical; the SQLite client's type stands for either.
 */
export type RecordsClient = SqliteClient;

/** An open records database: the Prisma client, and where it is (for the migrator, backups). */
export interface RecordsDatabase {
  readonly provider: DatabaseProvider;
  readonly url: string;
  readonly prisma: RecordsClient;
}

const variable = "RECORDS_DATABASE_URL";

/** `$RECORDS_DATABASE_URL`, or the local platform's `file:<repo>/.ishonch/records.db`. */
export function defaultRecordsUrl(): string {
  return databaseUrlFromEnv(variable, "records.db");
}

/**
 * Opens the records (not migrated: `records migrate`, or `migrateRecords`, first). A SQLite
 * file that does not exist is an error rather than a new empty database, unless `create`.
 */
export async function openRecords(
  url: string = defaultRecordsUrl(),
  { create = false }: { create?: boolean } = {},
): Promise<RecordsDatabase> {
  const provider = providerOf(url, variable);
  const adapter = driverAdapter(url, { variable, fileMustExist: !create });
  const prisma =
    provider === "sqlite"
      ? new SqliteClient({ adapter })
      : // Same models, same API: see RecordsClient.
        (new PostgresClient({ adapter }) as unknown as RecordsClient);
  try {
    await prisma.$connect();
  } catch (error) {
    throw new Error(
      provider === "sqlite"
        ? `cannot open the records at ${sqlitePath(url)}: ${(error as Error).message}`
        : `cannot open the records database: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return { provider, url, prisma };
}

export async function closeRecords(records: RecordsDatabase): Promise<void> {
  await records.prisma.$disconnect();
}

const holder = globalThis as typeof globalThis & { ishonchRecords?: Promise<RecordsDatabase> };

/**
 * The records of this server process, opened once (kept on globalThis, so that `next dev`
 * reloads reuse it); a failed open is tried again on the next call.
 */
export function sharedRecords(): Promise<RecordsDatabase> {
  holder.ishonchRecords ??= openRecords().catch((error: unknown) => {
    holder.ishonchRecords = undefined;
    throw error;
  });
  return holder.ishonchRecords;
}
