// The records' tables: migrations/<provider>/*.sql, applied by the shared migrator.
import { fileURLToPath } from "node:url";
import type { DatabaseLocation, DatabaseProvider } from "@ishonch/database";
import { applyMigrations, readMigrationFiles, type MigrationFile } from "@ishonch/database/migrate";

const migrationsDir = fileURLToPath(new URL("../migrations", import.meta.url));

export function migrationFiles(provider: DatabaseProvider): MigrationFile[] {
  return readMigrationFiles(migrationsDir, provider);
}

/** Brings the records' tables up to date (all pending files in one transaction). */
export function migrateRecords(db: DatabaseLocation): Promise<string[]> {
  return applyMigrations(db, { table: "records_migrations", files: migrationFiles(db.provider) });
}
