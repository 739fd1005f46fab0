// Times the appeals queries the apps run (an agency's inbox, its escalation queue, the
// public statistics) on an index holding 100,000 appeals across 200 agencies.
// Usage: tsx scripts/bench-appeals.ts [DATABASE_URL]
// Without a URL it measures a temporary SQLite file and, when Debian's PostgreSQL binaries
// are present, a throwaway PostgreSQL cluster (the one the index tests use).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appealInbox, appealStatistics, closeIndex, openIndex } from "../src/index.ts";
import { migrate } from "../src/indexer-entry.ts";
import { postgresBinariesPresent, startCluster } from "@ishonch/database/testing/postgres";

const appealCount = 100_000;
const agencyCount = 200;
const rowsPerInsert = 500;
const day = 86_400_000;
const now = new Date("2026-06-01T00:00:00Z");

async function benchmark(url: string): Promise<void> {
  const db = await openIndex(url);
  await migrate(db);

  const sqlDate = (date: Date) =>
    db.provider === "sqlite" ? `'${date.toISOString()}'` : `'${date.toISOString()}'::timestamp`;
  const bool = (value: boolean) => (db.provider === "sqlite" ? (value ? "1" : "0") : String(value));

  const orgValues = Array.from(
    { length: agencyCount },
    (_, i) =>
      `(${i + 1}, 'Agency', 'TashkentCity', 'Active', NULL, 'Bench agency ${i + 1}', 'bench agency ${i + 1}', ${sqlDate(now)}, 1, '0x')`,
  );
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO organizations (id, org_type, region, status, parent_id, name, name_search, registered_at, block_number, tx_hash) VALUES ${orgValues.join(",")}`,
  );

  const started = performance.now();
  for (let first = 1; first <= appealCount; first += rowsPerInsert) {
    const rows: string[] = [];
    for (let id = first; id < first + rowsPerInsert && id <= appealCount; id++) {
      const agencyId = (id % agencyCount) + 1;
      const received = new Date(now.getTime() - ((id * 7919) % 90) * day);
      const deadline = new Date(received.getTime() + 15 * day);
      const answered = id % 3 !== 0;
      const answeredAt = answered ? new Date(received.getTime() + ((id * 31) % 20) * day) : null;
      rows.push(
        `(${id}, 'Complaint', ${agencyId}, '${answered ? "Answered" : "InReview"}', ${bool(!answered)}, '0x', '0x${id}', NULL, ` +
          `${sqlDate(received)}, ${sqlDate(received)}, ${sqlDate(deadline)}, ` +
          `${answeredAt ? sqlDate(answeredAt) : "NULL"}, ${answeredAt ? (answeredAt.getTime() - received.getTime()) / 1000 : "NULL"}, ` +
          `${answeredAt ? bool(answeredAt > deadline) : "NULL"}, ${bool(false)}, ${bool(false)}, 0, NULL, ` +
          `${id % 50 === 0 ? id - 1 : "NULL"}, NULL, NULL, NULL, '0x', 1)`,
      );
    }
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO appeals (id, appeal_type, agency_id, status, open, citizen_key, content_commitment, answer_commitment, registered_at, received_at, deadline, answered_at, answer_seconds, answered_late, extra_checking, extended, forward_count, rating, escalated_from, escalated_to, escalation_ground, overdue_marked_at, filed_tx_hash, block_number) VALUES ${rows.join(",")}`,
    );
  }
  console.log(
    `${db.provider}: inserted ${appealCount} appeals in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  async function time(name: string, run: () => Promise<unknown>, repeat = 20): Promise<void> {
    await run(); // warm-up: the first call compiles the query
    const samples: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const start = performance.now();
      await run();
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)]!;
    console.log(`${name}: median ${median.toFixed(1)} ms, max ${samples.at(-1)!.toFixed(1)} ms`);
  }

  await time("inbox (agency 7, first 50 by deadline)", () => appealInbox(db, { agencyId: 7, now }));
  await time("escalation queue (agency 7)", () =>
    appealInbox(db, { agencyId: 7, now, escalationsOnly: true }),
  );
  await time("inbox page 10 (offset 450)", () =>
    appealInbox(db, { agencyId: 7, now, offset: 450 }),
  );
  await time("dashboard statistics (all 200 agencies)", () => appealStatistics(db, now), 5);
  await closeIndex(db);
}

if (process.argv[2]) {
  await benchmark(process.argv[2]);
} else {
  const sqliteDir = mkdtempSync(join(tmpdir(), "appeals-bench-"));
  try {
    await benchmark(`file:${join(sqliteDir, "index.db")}`);
  } finally {
    rmSync(sqliteDir, { recursive: true, force: true });
  }
  if (postgresBinariesPresent()) {
    const cluster = await startCluster();
    try {
      await benchmark(cluster.adminUrl);
    } finally {
      cluster.stop();
    }
  } else {
    console.log("postgresql: skipped (binaries not found; pass a DATABASE_URL to measure one)");
  }
}
