// The queue's projections against the chain they follow: the seeded demo queue (synthetic
// children, claims, released seats, an accepted and a declined offer) indexed, compared
// with what the contract answers, and rebuilt from the stored log alone.
import type { JsonRpcProvider } from "ethers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startDemoChain, type DemoChain } from "@ishonch/devnet";
import {
  connectIshonch,
  getQueueCounters,
  getQueueOffer,
  positionOf,
  type IshonchContracts,
  type IshonchDeployment,
} from "@ishonch/sdk";
import {
  closeIndex,
  positionHistory,
  queueApplicationRow,
  queueDistricts,
  queueStatistics,
  searchQueueOffers,
  type IndexDatabase,
} from "../src/index.ts";
import { indexToHead } from "../src/indexer-entry.ts";
import { rebuildProjections } from "../src/projections/index.ts";
import { openNewIndex, testBackends, type TestBackend } from "./support/databases.ts";

let demoChain: DemoChain;
let deployment: IshonchDeployment;
let provider: JsonRpcProvider;
let reader: IshonchContracts;
const backends = testBackends();
const openIndexes: IndexDatabase[] = [];

beforeAll(async () => {
  demoChain = await startDemoChain("queue-index");
  ({ deployment, provider } = demoChain);
  reader = connectIshonch(deployment, provider);
});

afterAll(async () => {
  for (const db of openIndexes) await closeIndex(db);
  for (const backend of backends) await backend.cleanUp();
  await demoChain?.stop();
});

async function queueTables(db: IndexDatabase) {
  const { prisma } = db;
  return {
    applications: await prisma.queueApplication.findMany({ orderBy: { number: "asc" } }),
    memberships: await prisma.queueMembership.findMany({
      orderBy: [{ kindergarten: "asc" }, { ageGroup: "asc" }, { application: "asc" }],
    }),
    offers: await prisma.queueOffer.findMany({ orderBy: { id: "asc" } }),
    moves: await prisma.queueMove.findMany({
      orderBy: [{ stamp: "asc" }, { kindergarten: "asc" }, { ageGroup: "asc" }],
    }),
    groups: await prisma.queueGroup.findMany({
      orderBy: [{ kindergarten: "asc" }, { ageGroup: "asc" }],
    }),
    releases: await prisma.queueSeatRelease.findMany({ orderBy: { blockNumber: "asc" } }),
  };
}

/** A new index on `backend`, caught up with the chain `batchBlocks` blocks at a time. */
async function indexedOn(backend: TestBackend, batchBlocks: number): Promise<IndexDatabase> {
  const db = await openNewIndex(backend);
  openIndexes.push(db);
  await indexToHead(db, deployment, { batchBlocks });
  return db;
}

describe.each(backends)("the queue index on $provider", (backend) => {
  test.runIf(backend.skipReason === null)(
    "agrees with the chain on every application, offer, queue length and position",
    async () => {
      const db = await indexedOn(backend, 200);

      const applicationCount = Number(await reader.kindergartenQueue.applicationCount());
      expect(applicationCount).toBe(48);
      for (let number = 1; number <= applicationCount; number++) {
        const { application, preferences } = await positionOf(reader, number);
        const row = await queueApplicationRow(db, number);
        expect(row).toMatchObject({
          status: application.status,
          claimStatus: application.claimStatus,
          tier: application.tier,
          kindergartens: application.kindergartens,
          enrolledIn: application.enrolledIn,
        });
        // The last point of the replayed history is the position the contract computes.
        const histories = await positionHistory(db, number);
        for (const preference of preferences) {
          const history = histories.find((h) => h.kindergarten === preference.kindergarten)!;
          const last = history.points.at(-1)!;
          expect(last.ahead).toBe(preference.status === "Waiting" ? preference.ahead : null);
        }
      }

      const offerCount = Number(await reader.kindergartenQueue.offerCount());
      const offers = await searchQueueOffers(db, {});
      expect(offers).toHaveLength(offerCount);
      for (const offer of offers) {
        expect(offer.status).toBe((await getQueueOffer(reader, offer.id)).status);
      }
      expect(offers.map((offer) => offer.status).sort()).toEqual(
        ["Accepted", "Accepted", "Declined", "Declined", "Pending", "Pending"].sort(),
      );

      const statistics = await queueStatistics(db);
      expect(statistics.applications).toEqual({ total: 48, active: 46, enrolled: 2 });
      for (const length of statistics.lengths) {
        const counters = await getQueueCounters(reader, length.kindergarten, length.ageGroup);
        expect(length.waiting).toBe(counters.waiting);
        expect(length.capacity).toBe(counters.capacity);
      }
      expect(statistics.lengths.reduce((sum, row) => sum + row.seatsReleased, 0)).toBe(4);
      expect(statistics.waitingTimes.map((row) => row.enrolled)).toEqual([1, 1]);

      const districts = await queueDistricts(db);
      expect(districts.map((d) => d.kindergartens.length)).toEqual([4, 2]);
      expect(districts[0]!.kindergartens[0]!.groups.map((g) => g.ageGroup)).toEqual([
        0, 1, 2, 3, 4,
      ]);
    },
  );

  test.runIf(backend.skipReason === null)(
    "comes out identical when rebuilt from the stored events alone",
    async () => {
      const db = await indexedOn(backend, 7);
      const before = await queueTables(db);
      expect(before.moves.length).toBeGreaterThan(100);
      await db.prisma.$transaction((tx) => rebuildProjections(tx), { timeout: 120_000 });
      expect(await queueTables(db)).toEqual(before);
    },
  );
});
