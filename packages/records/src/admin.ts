// What administers the records rather than serving requests: migrations, the import of
// records made elsewhere, backup and restore (the CLI, devnet and tests).
export { migrateRecords, migrationFiles } from "./migrate.ts";
export { importOffchainRecords } from "./import.ts";
export { backupRecords, restoreRecords, RestoreRefused, RECORDS_BACKUP_FORMAT } from "./backup.ts";
export { eraseRecords } from "./erase.ts";
