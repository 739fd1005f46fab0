/**
 * The operator's index against the chain: the chain's events are indexed afresh, by the
 * index's own projection code, into a throwaway SQLite file, and both databases are compared
 * table by table and row by row. The operator's database is only read, never believed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IshonchDeployment } from "@ishonch/sdk";
import { closeIndex, openIndex, type IndexDatabase } from "@ishonch/index";
import { migrate, runIndexer } from "@ishonch/index/indexer";

/**
 * Tables that are not projections of the chain: bookkeeping of the follower and off-chain
 * stores (sealed documents, personal data kept beside an anchored hash).
 */
const notFromChain = new Set([
  "index_migrations",
  "checkpoint",
  "recent_blocks",
  "appeal_documents",
  "appeal_key_wraps",
  "appeal_agency_keys",
  "issued_diplomas",
  "diploma_ciphertexts",
]);

export type Row = Record<string, string | null>;

/** One disagreement: a cell that differs, or a row only one side has. */
export type RowDifference =
  | {
      kind: "changed";
      table: string;
      key: Row;
      column: string;
      index: string | null;
      chain: string | null;
    }
  | { kind: "missingInIndex"; table: string; key: Row; chain: Row }
  | { kind: "notOnChain"; table: string; key: Row; index: Row };

export interface IndexComparison {
  /** The block the fresh index was built to, and the operator's index checkpoint. */
  chainBlock: number;
  indexBlock: number | null;
  tables: { table: string; rows: number }[];
  differences: RowDifference[];
}

interface TableShape {
  table: string;
  columns: { name: string; kind: CellKind }[];
  primaryKey: string[];
}

/** How a column's cells are read the same from SQLite and PostgreSQL drivers. */
type CellKind = "datetime" | "boolean" | "plain";

/**
 * A cell as text, equal for equal values whichever database holds it: SQLite hands back
 * dates as text or milliseconds and booleans as 0/1, PostgreSQL as Date and true/false.
 */
function cellText(value: unknown, kind: CellKind): string | null {
  if (value === null || value === undefined) return null;
  if (kind === "datetime") {
    const date = value instanceof Date ? value : new Date(value as string | number);
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
  }
  if (kind === "boolean") return value === true || Number(value) === 1 ? "1" : "0";
  return value instanceof Uint8Array ? Buffer.from(value).toString("hex") : String(value);
}

const cellKindOf = (declaredType: string): CellKind =>
  /DATE|TIME/i.test(declaredType) ? "datetime" : /BOOL/i.test(declaredType) ? "boolean" : "plain";

async function tableShapes(db: IndexDatabase): Promise<TableShape[]> {
  const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  const shapes: TableShape[] = [];
  for (const { name } of tables) {
    if (notFromChain.has(name) || name.startsWith("sqlite_")) continue;
    const info = await db.prisma.$queryRawUnsafe<
      { name: string; type: string; pk: number | bigint }[]
    >(`PRAGMA table_info("${name}")`);
    const primaryKey = info
      .filter((column) => Number(column.pk) > 0)
      .sort((a, b) => Number(a.pk) - Number(b.pk))
      .map((column) => column.name);
    const columns = info.map((column) => ({ name: column.name, kind: cellKindOf(column.type) }));
    shapes.push({ table: name, columns, primaryKey });
  }
  return shapes;
}

async function readRows(db: IndexDatabase, shape: TableShape): Promise<Map<string, Row>> {
  const columns = shape.columns.map((column) => `"${column.name}"`).join(", ");
  const records = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${columns} FROM "${shape.table}"`,
  );
  const rows = new Map<string, Row>();
  for (const record of records) {
    const row: Row = {};
    for (const { name, kind } of shape.columns) row[name] = cellText(record[name], kind);
    rows.set(JSON.stringify(shape.primaryKey.map((column) => row[column])), row);
  }
  return rows;
}

const keyOf = (shape: TableShape, row: Row): Row =>
  Object.fromEntries(shape.primaryKey.map((column) => [column, row[column] ?? null]));

/** Every difference between two readings of one table; `chain` is the fresh one. */
function compareRows(
  shape: TableShape,
  index: Map<string, Row>,
  chain: Map<string, Row>,
): RowDifference[] {
  const differences: RowDifference[] = [];
  for (const [key, chainRow] of chain) {
    const indexRow = index.get(key);
    if (!indexRow) {
      differences.push({
        kind: "missingInIndex",
        table: shape.table,
        key: keyOf(shape, chainRow),
        chain: chainRow,
      });
      continue;
    }
    for (const { name: column } of shape.columns) {
      if (indexRow[column] === chainRow[column]) continue;
      differences.push({
        kind: "changed",
        table: shape.table,
        key: keyOf(shape, chainRow),
        column,
        index: indexRow[column] ?? null,
        chain: chainRow[column] ?? null,
      });
    }
  }
  for (const [key, indexRow] of index) {
    if (!chain.has(key)) {
      differences.push({
        kind: "notOnChain",
        table: shape.table,
        key: keyOf(shape, indexRow),
        index: indexRow,
      });
    }
  }
  return differences;
}

/**
 * Indexes the chain into a fresh temporary database and compares every chain-derived table
 * with the operator's index at `databaseUrl`. The operator's index should be caught up:
 * rows of blocks it has not reached yet are reported as missing.
 */
export async function compareIndexWithChain(
  deployment: IshonchDeployment,
  databaseUrl: string,
): Promise<IndexComparison> {
  const workDir = mkdtempSync(join(tmpdir(), "ishonch-check-"));
  const freshUrl = `file:${join(workDir, "chain.db")}`;
  let fresh: IndexDatabase | null = null;
  let operator: IndexDatabase | null = null;
  try {
    await migrate({ provider: "sqlite", url: freshUrl });
    fresh = await openIndex(freshUrl);
    const progress = await runIndexer({
      db: fresh,
      deployment,
      stopAtHead: true,
      log: () => {},
    });
    operator = await openIndex(databaseUrl);
    const checkpoint = await operator.prisma.checkpoint.findUnique({ where: { id: 1 } });
    const comparison: IndexComparison = {
      chainBlock: progress?.processedBlock ?? deployment.startBlock - 1,
      indexBlock: checkpoint?.blockNumber ?? null,
      tables: [],
      differences: [],
    };
    for (const shape of await tableShapes(fresh)) {
      const chainRows = await readRows(fresh, shape);
      const indexRows = await readRows(operator, shape);
      comparison.tables.push({ table: shape.table, rows: chainRows.size });
      comparison.differences.push(...compareRows(shape, indexRows, chainRows));
    }
    return comparison;
  } finally {
    if (operator) await closeIndex(operator);
    if (fresh) await closeIndex(fresh);
    rmSync(workDir, { recursive: true, force: true });
  }
}
