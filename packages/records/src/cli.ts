// The records' command line: `records migrate | import FILE | backup FILE | restore FILE |
// reconcile | erase --yes`. Environment: RECORDS_DATABASE_URL (`file:…` or `postgresql://…`,
// default file:<repo>/.ishonch/records.db); `reconcile` also ISHONCH_DEPLOYMENT and
// ISHONCH_RPC_URL (see docs/architecture.md).
import { readFileSync } from "node:fs";
import { parseOffchainRecords, type OffchainRecords } from "@ishonch/sdk";
import { connectReader, readDeploymentFile } from "@ishonch/sdk/node";
import { backupRecords, restoreRecords } from "./backup.ts";
import { closeRecords, openRecords, type RecordsDatabase } from "./database.ts";
import { eraseRecords } from "./erase.ts";
import { reconcileEscalations } from "./escalations.ts";
import { importOffchainRecords } from "./import.ts";
import { migrateRecords } from "./migrate.ts";

const usage = `Usage: records <command>
  migrate        apply pending SQL migrations
  import FILE    store the records in FILE (written by the demo seed); importing the same
                 file again stores nothing twice
  backup FILE    write every record to FILE, one consistent snapshot, while the platform runs
  restore FILE   load FILE into an empty database (refuses a non-empty one)
  reconcile      settle escalations left pending by a crash, from the chain's events
  erase --yes    delete every record (a local platform whose chain was replaced; never
                 on a real network)
Every command but backup applies pending migrations first; migrate, import, restore and
erase create a SQLite file that does not exist yet.`;

const counted = (rows: Record<string, number>) =>
  Object.entries(rows)
    .map(([table, count]) => `${table} ${count}`)
    .join(", ");

interface Command {
  /** What follows the command's name, or null for nothing. */
  argument: string | null;
  /** SQLite: make the file if there is none. */
  create: boolean;
  /** Apply pending migrations before `run`. */
  migrate: boolean;
  /** Reads and checks the argument before the database is touched: a bad one writes nothing. */
  check?(argument: string): unknown;
  run(records: RecordsDatabase, argument: string | undefined, checked: unknown): Promise<void>;
}

const commands: Record<string, Command> = {
  migrate: { argument: null, create: true, migrate: true, run: async () => {} },
  import: {
    argument: "FILE",
    create: true,
    migrate: true,
    check: (file) => parseOffchainRecords(readFileSync(file, "utf8")),
    async run(records, _file, checked) {
      const content = checked as OffchainRecords;
      await importOffchainRecords(records, content);
      console.log(
        `imported diplomas: ${content.diplomas.length}, ` +
          `sealed appeal documents: ${content.sealedDocuments.length}, ` +
          `agency keys: ${content.agencyKeys.length}`,
      );
    },
  },
  backup: {
    argument: "FILE",
    create: false,
    migrate: false,
    async run(records, file) {
      console.log(`backed up to ${file}: ${counted(await backupRecords(records, file!))}`);
    },
  },
  restore: {
    argument: "FILE",
    create: true,
    // restoreRecords migrates the empty database itself.
    migrate: false,
    async run(records, file) {
      console.log(`restored from ${file}: ${counted(await restoreRecords(records, file!))}`);
    },
  },
  reconcile: {
    argument: null,
    create: false,
    migrate: true,
    async run(records) {
      const report = await reconcileEscalations(records, connectReader(readDeploymentFile()));
      console.log(
        `escalations completed: ${report.completed}, abandoned: ${report.abandoned}, ` +
          `still pending: ${report.waiting}`,
      );
    },
  },
  erase: {
    argument: "--yes",
    create: true,
    migrate: true,
    async run(records, confirmation) {
      if (confirmation !== "--yes") throw new Error("erase deletes every record: add --yes");
      await eraseRecords(records);
      console.log("every record erased");
    },
  },
};

async function main(name: string | undefined, argument: string | undefined): Promise<void> {
  const command = name === undefined ? undefined : commands[name];
  if (!command || (command.argument === null) !== (argument === undefined)) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  let records: RecordsDatabase | null = null;
  try {
    const checked = command.check?.(argument!);
    records = await openRecords(undefined, { create: command.create });
    if (command.migrate) {
      const applied = await migrateRecords(records);
      if (applied.length > 0) console.log(`applied migrations: ${applied.join(", ")}`);
    }
    await command.run(records, argument, checked);
  } catch (error) {
    // One sentence for the operator (a refused restore, a broken file, no database).
    console.error(`records ${name}: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    if (records) await closeRecords(records);
  }
}

await main(process.argv[2], process.argv[3]);
// Everything is closed; don't wait for fetch's idle keep-alive sockets to time out.
process.exit();
