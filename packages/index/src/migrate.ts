// The index's tables: migrations/<provider>/*.sql, applied by the shared migrator.
import { fileURLToPath } from "node:url";
import { applyMigrations, readMigrationFiles, type MigrationFile } from "@ishonch/database/migrate";
import type { DatabaseLocation, DatabaseProvider } from "@ishonch/database";

const migrationsDir = fileURLToPath(new URL("../migrations", import.meta.url));

export function migrationFiles(provider: DatabaseProvider): MigrationFile[] {
  return readMigrationFiles(migrationsDir, provider);
}

/**
 * Brings the index's tables up to date (all pending files in one transaction); returns the
 * versions applied. `files` defaults to migrations/<provider>/ (tests pass others).
 */
export function migrate(
  db: DatabaseLocation,
  files: MigrationFile[] = migrationFiles(db.provider),
): Promise<string[]> {
  return applyMigrations(db, { table: "index_migrations", files });
}
