/**
 * Fresh, empty databases of each kind for the tests of every package with a database. The
 * PostgreSQL ones live in the cluster that `@ishonch/database/testing/global-setup` starts
 * (name it in the package's vitest.config.ts `globalSetup`), or on `$TEST_DATABASE_URL`.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import type { DatabaseProvider } from "../url.ts";
import { POSTGRES_ADMIN_URL } from "./context.ts";

export interface TestBackend {
  provider: DatabaseProvider;
  /** Why the tests of this backend are skipped, if they are. */
  skipReason: string | null;
  /** URL of a new empty database. */
  newDatabaseUrl(): Promise<string>;
  /** Deletes every database this backend made. */
  cleanUp(): Promise<void>;
}

function sqliteBackend(): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), "ishonch-sqlite-"));
  let count = 0;
  return {
    provider: "sqlite",
    skipReason: null,
    newDatabaseUrl: async () => `file:${join(dir, `db-${++count}.db`)}`,
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
      const name = `ishonch_test_${randomBytes(6).toString("hex")}`;
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

/** One SQLite and one PostgreSQL backend, for `describe.each`. */
export function testBackends(): TestBackend[] {
  return [sqliteBackend(), postgresBackend(inject(POSTGRES_ADMIN_URL))];
}
