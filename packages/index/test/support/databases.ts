/** Fresh, empty databases of each kind for the tests, and a comparable dump of the index. */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openIndex, type IndexDatabase } from "../../src/index.ts";
import { migrate } from "../../src/indexer-entry.ts";

export interface TestBackend {
  provider: "sqlite" | "postgresql";
  /** Why the tests of this backend are skipped, if they are. */
  skipReason: string | null;
  /** URL of a new empty database. */
  newDatabaseUrl(): Promise<string>;
  /** Deletes every database this backend made. */
  cleanUp(): Promise<void>;
}

function sqliteBackend(): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), "ishonch-index-sqlite-"));
  let count = 0;
  return {
    provider: "sqlite",
    skipReason: null,
    newDatabaseUrl: async () => `file:${join(dir, `index-${++count}.db`)}`,
    cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresBackend(adminUrl: string | null): TestBackend {
  // On a developer's machine without PostgreSQL the tests say so and skip; in CI, where the
  // test command installs it, a missing server is a failure, never a silent green.
  if (!adminUrl && process.env.CI === "true") {
    throw new Error("CI: PostgreSQL is required (binaries absent and no TEST_DATABASE_URL)");
  }
  const created: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl ?? "" });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    provider: "postgresql",
    skipReason: adminUrl ? null : "no PostgreSQL (binaries absent and no TEST_DATABASE_URL)",
    async newDatabaseUrl() {
      const name = `ishonch_index_test_${randomBytes(6).toString("hex")}`;
      await admin((client) => client.query(`CREATE DATABASE ${name}`));
      created.push(name);
      const url = new URL(adminUrl ?? "");
      url.pathname = `/${name}`;
      return url.toString();
    },
    async cleanUp() {
      await admin(async (client) => {
        for (const name of created)
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    },
  };
}

export function testBackends(): TestBackend[] {
  return [sqliteBackend(), postgresBackend(inject("postgresAdminUrl"))];
}

export async function openNewIndex(backend: TestBackend): Promise<IndexDatabase> {
  const db = await openIndex(await backend.newDatabaseUrl());
  await migrate(db);
  return db;
}

/**
 * Everything the index knows, in a stable order, for comparing two indexes of one chain.
 * recent_blocks is left out: which block hashes are kept depends on the range boundaries.
 */
export async function dumpIndex(db: IndexDatabase) {
  const { prisma } = db;
  return {
    events: await prisma.event.findMany({ orderBy: [{ blockNumber: "asc" }, { logIndex: "asc" }] }),
    organizations: await prisma.organization.findMany({ orderBy: { id: "asc" } }),
    staffRoles: await prisma.staffRole.findMany({
      orderBy: [{ orgId: "asc" }, { account: "asc" }, { role: "asc" }],
    }),
    checkpoint: await prisma.checkpoint.findMany(),
  };
}
