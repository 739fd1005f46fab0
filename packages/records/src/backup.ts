/**
 * Backup and restore of the records, in a format of their own rather than a database's: a
 * backup of SQLite restores into PostgreSQL and back. One JSON value per line: a header
 * (format, schema version), one line per row (`{"table", "row"}`, dates and bytes tagged),
 * and an end line with the row counts, without which a restore refuses the file.
 *
 * A backup is one read transaction, so it is one consistent snapshot while the platform keeps
 * writing: on PostgreSQL at REPEATABLE READ, on SQLite (WAL) the snapshot of the read
 * transaction. A class stored meanwhile is in the backup whole, or not at all.
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Prisma } from "./generated/sqlite/client.ts";
import type { RecordsDatabase } from "./database.ts";
import { migrateRecords, migrationFiles } from "./migrate.ts";

export const RECORDS_BACKUP_FORMAT = "ishonch.records-backup.v1";

type Transaction = Prisma.TransactionClient;
type Row = Record<string, unknown>;

/** One table as the backup reads and the restore writes it, through Prisma's models. */
interface TableCopy {
  name: string;
  /** Up to `take` rows after `after` (by key), in key order. */
  read(tx: Transaction, after: Row | null, take: number): Promise<Row[]>;
  write(tx: Transaction, rows: Row[]): Promise<unknown>;
  count(tx: Transaction): Promise<number>;
}

/** What a table copy asks of a Prisma model (every records model has these). */
interface ModelOperations {
  findMany(args: object): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  count(): Promise<number>;
}

type ModelName = {
  [K in keyof Transaction]: Transaction[K] extends { createMany: unknown } ? K : never;
}[keyof Transaction];

/**
 * The copy of table `name`, held by Prisma model `model` under primary key `key`: read in
 * key order, page after page from a cursor (Prisma names a compound key's cursor a_b).
 */
function tableCopy(name: string, model: ModelName, key: readonly string[]): TableCopy {
  const operations = (tx: Transaction) => tx[model] as unknown as ModelOperations;
  const cursor = (row: Row) =>
    key.length === 1
      ? { [key[0]!]: row[key[0]!] }
      : { [key.join("_")]: Object.fromEntries(key.map((field) => [field, row[field]])) };
  return {
    name,
    read: (tx, after, take) =>
      operations(tx).findMany({
        orderBy: key.map((field) => ({ [field]: "asc" })),
        ...(after ? { cursor: cursor(after), skip: 1 } : {}),
        take,
      }),
    write: (tx, rows) => operations(tx).createMany({ data: rows }),
    count: (tx) => operations(tx).count(),
  };
}

/** Every table, parents before children: the order of the file and of the restore. */
const tables: TableCopy[] = [
  tableCopy("issued_diplomas", "issuedDiploma", ["certificateHash"]),
  tableCopy("diploma_copies", "diplomaCopy", ["id"]),
  tableCopy("appeal_documents", "appealDocument", ["commitment"]),
  tableCopy("appeal_key_wraps", "appealKeyWrap", ["commitment", "recipient", "wrapped"]),
  tableCopy("appeal_agency_keys", "appealAgencyKey", ["agencyId"]),
  tableCopy("pending_escalations", "pendingEscalation", ["appealId", "complaintCommitment"]),
];

const PAGE_ROWS = 1_000;
/** A backup or restore of millions of rows takes a while; Prisma's default is 5 s. */
const longTransaction = { maxWait: 60_000, timeout: 6 * 60 * 60 * 1000 };

/** Dates and bytes, which JSON lacks, as tagged values; everything else is plain JSON. */
function encode(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString("base64") };
  return value;
}

function decode(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const tagged = value as { $date?: unknown; $bytes?: unknown };
    if (typeof tagged.$date === "string") return new Date(tagged.$date);
    if (typeof tagged.$bytes === "string")
      return new Uint8Array(Buffer.from(tagged.$bytes, "base64"));
  }
  return value;
}

/** Dates are turned into strings by JSON before a replacer sees them: tag them first. */
function tagDates(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      value instanceof Date ? { $date: value.toISOString() } : value,
    ]),
  );
}

interface Header {
  format: typeof RECORDS_BACKUP_FORMAT;
  createdAt: string;
  /** The migrations the records had: a restore needs the same. */
  schema: string[];
}

/**
 * The snapshot's isolation: REPEATABLE READ on PostgreSQL (one snapshot for every statement);
 * on SQLite a read transaction in WAL mode is one snapshot already. (RecordsClient is typed
 * as the SQLite client, which knows no other level: hence the cast.)
 */
function snapshotOptions(records: RecordsDatabase): typeof longTransaction {
  return records.provider === "postgresql"
    ? ({ ...longTransaction, isolationLevel: "RepeatableRead" } as typeof longTransaction)
    : longTransaction;
}

/**
 * Writes every record to `file`, from one snapshot, while the platform runs. The file
 * appears only once complete (written beside it first). Returns the row count per table.
 */
export async function backupRecords(
  records: RecordsDatabase,
  file: string,
): Promise<Record<string, number>> {
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value, encode)}\n`)) await once(out, "drain");
  };
  try {
    const counts = await records.prisma.$transaction(async (tx) => {
      const header: Header = {
        format: RECORDS_BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        schema: migrationFiles(records.provider).map((migration) => migration.version),
      };
      await write(header);
      const rows: Record<string, number> = {};
      for (const table of tables) {
        rows[table.name] = 0;
        for (let after: Row | null = null; ;) {
          const page = await table.read(tx, after, PAGE_ROWS);
          for (const row of page) await write({ table: table.name, row: tagDates(row) });
          rows[table.name]! += page.length;
          if (page.length < PAGE_ROWS) break;
          after = page.at(-1)!;
        }
      }
      return rows;
    }, snapshotOptions(records));
    await write({ end: true, rows: counts });
    out.end();
    await once(out, "finish");
    await rename(partial, file);
    return counts;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** Why a backup file cannot be restored, in one sentence. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

/** The first table holding rows, and how many, or null when every table is empty. */
async function firstNonEmpty(records: RecordsDatabase): Promise<[string, number] | null> {
  for (const table of tables) {
    const count = await table.count(records.prisma);
    if (count > 0) return [table.name, count];
  }
  return null;
}

/**
 * Restores a backup into an empty records database (migrating it first), all rows in one
 * transaction: a broken or truncated file restores nothing. Refuses a database that holds
 * any record. Returns the row count per table.
 */
export async function restoreRecords(
  records: RecordsDatabase,
  file: string,
): Promise<Record<string, number>> {
  await migrateRecords(records);
  const occupied = await firstNonEmpty(records);
  if (occupied) {
    const [table, count] = occupied;
    throw new RestoreRefused(
      `The records database is not empty (${table} holds ${count} rows): restore only into an empty database.`,
    );
  }
  const byName = new Map(tables.map((table) => [table.name, table]));
  const expectedSchema = migrationFiles(records.provider).map((migration) => migration.version);
  return records.prisma.$transaction(async (tx) => {
    let header: Header | null = null;
    let end: Record<string, number> | null = null;
    const restored: Record<string, number> = Object.fromEntries(tables.map((t) => [t.name, 0]));
    const batch: { table: TableCopy | null; rows: Row[] } = { table: null, rows: [] };
    const flush = async () => {
      if (batch.table && batch.rows.length > 0) await batch.table.write(tx, batch.rows);
      batch.rows = [];
    };
    // Made here, not before the transaction begins: readline emits lines as soon as it
    // exists, and those emitted before the loop listens are lost (on PostgreSQL, BEGIN's
    // round trip cost the header line).
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line === "") continue;
      const value = JSON.parse(line, decode) as Record<string, unknown>;
      if (!header) {
        if (value.format !== RECORDS_BACKUP_FORMAT) {
          throw new RestoreRefused(`${file} is not a records backup (${RECORDS_BACKUP_FORMAT}).`);
        }
        header = value as unknown as Header;
        if (JSON.stringify(header.schema) !== JSON.stringify(expectedSchema)) {
          throw new RestoreRefused(
            `${file} holds records of schema ${header.schema.join(", ")}, this code has ` +
              `${expectedSchema.join(", ")}: restore it with the version that made it.`,
          );
        }
        continue;
      }
      if (end) throw new RestoreRefused(`${file} goes on after its end line.`);
      if (value.end === true) {
        end = value.rows as Record<string, number>;
        continue;
      }
      const table = byName.get(String(value.table));
      if (!table)
        throw new RestoreRefused(`${file} names an unknown table ${String(value.table)}.`);
      if (batch.table !== table) {
        await flush();
        batch.table = table;
      }
      batch.rows.push(value.row as Row);
      restored[table.name]! += 1;
      if (batch.rows.length >= PAGE_ROWS) await flush();
    }
    await flush();
    if (!end) throw new RestoreRefused(`${file} is incomplete (no end line): nothing restored.`);
    for (const table of tables) {
      if ((end[table.name] ?? 0) !== restored[table.name]) {
        throw new RestoreRefused(
          `${file} says ${end[table.name] ?? 0} rows of ${table.name} but holds ${restored[table.name]}: nothing restored.`,
        );
      }
    }
    return restored;
  }, longTransaction);
}
