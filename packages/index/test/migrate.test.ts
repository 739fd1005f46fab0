import { afterAll, describe, expect, test } from "vitest";
import { closeIndex, openIndex, type IndexDatabase } from "../src/index.ts";
import { migrate, migrationFiles } from "../src/indexer-entry.ts";
import { testBackends } from "./support/databases.ts";

const backends = testBackends();
const opened: IndexDatabase[] = [];

afterAll(async () => {
  for (const db of opened) await closeIndex(db);
  for (const backend of backends) await backend.cleanUp();
});

describe.each(backends)("migrations on $provider", (backend) => {
  const open = async () => {
    const db = await openIndex(await backend.newDatabaseUrl());
    opened.push(db);
    return db;
  };
  const appliedVersions = async (db: IndexDatabase) =>
    (
      await db.prisma.$queryRawUnsafe<{ version: string }[]>(
        "SELECT version FROM index_migrations ORDER BY version",
      )
    ).map((row) => row.version);

  test.skipIf(backend.skipReason !== null)(
    "apply once, in order, and record checksums",
    async () => {
      const db = await open();
      const versions = migrationFiles(db.provider).map((file) => file.version);
      expect(versions[0]).toBe("0001_init.sql");
      expect(versions).toEqual([...versions].sort());
      expect(await migrate(db)).toEqual(versions);
      expect(await migrate(db)).toEqual([]);
      expect(await appliedVersions(db)).toEqual(versions);
      expect(await db.prisma.organization.count()).toBe(0);
    },
  );

  test.skipIf(backend.skipReason !== null)(
    "refuse a file changed after it was applied",
    async () => {
      const db = await open();
      await migrate(db);
      const [init] = migrationFiles(db.provider);
      const edited = { ...init!, sql: `${init!.sql}\n-- edited`, checksum: "0".repeat(64) };
      await expect(migrate(db, [edited])).rejects.toThrow(
        "Migration 0001_init.sql was changed after it was applied",
      );
    },
  );

  test.skipIf(backend.skipReason !== null)("apply nothing of a batch that fails", async () => {
    const db = await open();
    const broken = {
      version: "9999_broken.sql",
      checksum: "1".repeat(64),
      sql: "CREATE TABLE half_done (id INTEGER);\nCREATE TABLE broken (;",
    };
    await expect(migrate(db, [...migrationFiles(db.provider), broken])).rejects.toThrow();
    // Not even 0001: all pending files go in one transaction.
    expect(await migrate(db)).toEqual(migrationFiles(db.provider).map((file) => file.version));
    await expect(db.prisma.$queryRawUnsafe("SELECT * FROM half_done")).rejects.toThrow();
  });
});
