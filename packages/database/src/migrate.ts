// The one migrator of every Ishonch database: plain versioned SQL files per provider
// (`<migrations>/<provider>/NNNN_name.sql`), applied in order, each recorded with its
// sha256 in the database's own history table.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { sqlitePath, type DatabaseLocation, type DatabaseProvider } from "./url.ts";

/** One versioned SQL file of `<migrations>/<provider>/`, e.g. `0001_init.sql`. */
export interface MigrationFile {
  version: string;
  checksum: string;
  sql: string;
}

interface AppliedMigration {
  version: string;
  checksum: string;
}

/** What one database migrates: its files, and the table that records which were applied. */
export interface Migrations {
  /** e.g. `index_migrations`; each database keeps its own. */
  table: string;
  files: MigrationFile[];
}

/** The SQL files of `<migrationsDir>/<provider>/`, in version order. */
export function readMigrationFiles(
  migrationsDir: string,
  provider: DatabaseProvider,
): MigrationFile[] {
  const dir = join(migrationsDir, provider);
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), "utf8");
      return { version: name, checksum: createHash("sha256").update(sql).digest("hex"), sql };
    });
}

/**
 * The files still to apply, after checking that history agrees: an applied file must not
 * have changed, and the database must not carry migrations this code does not know.
 */
export function pendingMigrations(
  files: MigrationFile[],
  applied: AppliedMigration[],
): MigrationFile[] {
  const byVersion = new Map(files.map((file) => [file.version, file]));
  for (const done of applied) {
    const file = byVersion.get(done.version);
    if (!file) {
      throw new Error(`The database has migration ${done.version}, which this code lacks`);
    }
    if (file.checksum !== done.checksum) {
      throw new Error(`Migration ${done.version} was changed after it was applied`);
    }
  }
  const appliedVersions = new Set(applied.map((done) => done.version));
  return files.filter((file) => !appliedVersions.has(file.version));
}

/**
 * Brings the database's tables up to date, all pending files in one transaction (both
 * databases have transactional DDL), so a failure leaves the previous version intact.
 * Returns the versions applied. Uses the plain driver, because migration files hold
 * several statements and Prisma's adapters run one at a time.
 */
export async function applyMigrations(
  db: DatabaseLocation,
  migrations: Migrations,
): Promise<string[]> {
  return db.provider === "sqlite"
    ? migrateSqlite(db.url, migrations)
    : migratePostgres(db.url, migrations);
}

function migrateSqlite(url: string, { table, files }: Migrations): string[] {
  const connection = new Sqlite(sqlitePath(url), { timeout: 10_000 });
  try {
    // Lets readers read while a writer writes; a property of the file, set once.
    connection.pragma("journal_mode = WAL");
    const run = connection.transaction((): string[] => {
      connection.exec(
        `CREATE TABLE IF NOT EXISTS ${table} (version TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`,
      );
      const applied = connection
        .prepare(`SELECT version, checksum FROM ${table}`)
        .all() as AppliedMigration[];
      const pending = pendingMigrations(files, applied);
      const record = connection.prepare(
        `INSERT INTO ${table} (version, checksum, applied_at) VALUES (?, ?, ?)`,
      );
      for (const file of pending) {
        connection.exec(file.sql);
        record.run(file.version, file.checksum, new Date().toISOString());
      }
      return pending.map((file) => file.version);
    });
    // IMMEDIATE takes the write lock first, so two migrators cannot both apply a file.
    return run.immediate();
  } finally {
    connection.close();
  }
}

async function migratePostgres(url: string, { table, files }: Migrations): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Serializes concurrent migrators of one database (two services starting at once).
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [table]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${table} (version TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const applied = await client.query<AppliedMigration>(`SELECT version, checksum FROM ${table}`);
    const pending = pendingMigrations(files, applied.rows);
    for (const file of pending) {
      await client.query(file.sql);
      await client.query(`INSERT INTO ${table} (version, checksum) VALUES ($1, $2)`, [
        file.version,
        file.checksum,
      ]);
    }
    await client.query("COMMIT");
    return pending.map((file) => file.version);
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
