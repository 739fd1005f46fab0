/**
 * The kindergarten queue as the index knows it: lists for forms, a child's position over
 * time, and public statistics. The position itself is never answered from here: pages read
 * it from the chain (the SDK's positionOf); these queries give history and aggregates.
 */
import type { IndexDatabase } from "./database.ts";
import type { Prisma } from "./generated/sqlite/client.ts";
import type { QueueMoveKind } from "./projections/queue.ts";

export interface QueueAgeGroupRow {
  id: number;
  minMonths: number;
  maxMonths: number;
}

export interface QueueCategoryRow {
  id: number;
  tier: number;
}

export interface QueueKindergartenRow {
  id: number;
  name: string;
  /** Age groups with seats (capacity > 0) and their capacity. */
  groups: { ageGroup: number; capacity: number; seatsReleased: number }[];
}

export interface QueueDistrictRow {
  id: number;
  name: string;
  kindergartens: QueueKindergartenRow[];
}

/** Active age groups, youngest first. */
export async function queueAgeGroups(db: IndexDatabase): Promise<QueueAgeGroupRow[]> {
  const rows = await db.prisma.queueAgeGroup.findMany({
    where: { active: true },
    orderBy: { minMonths: "asc" },
  });
  return rows.map(({ id, minMonths, maxMonths }) => ({ id, minMonths, maxMonths }));
}

/** Active priority categories, by id. */
export async function queuePriorityCategories(db: IndexDatabase): Promise<QueueCategoryRow[]> {
  const rows = await db.prisma.queuePriorityCategory.findMany({
    where: { active: true },
    orderBy: { id: "asc" },
  });
  return rows.map(({ id, tier }) => ({ id, tier }));
}

/** Districts whose kindergartens have seats in some age group, with those kindergartens. */
export async function queueDistricts(db: IndexDatabase): Promise<QueueDistrictRow[]> {
  const groups = await db.prisma.queueGroup.findMany({
    where: { capacity: { gt: 0 } },
    orderBy: [{ kindergarten: "asc" }, { ageGroup: "asc" }],
  });
  const kindergartenIds = [...new Set(groups.map((group) => group.kindergarten))];
  const kindergartens = await db.prisma.organization.findMany({
    where: { id: { in: kindergartenIds }, status: "Active" },
    orderBy: { id: "asc" },
  });
  const districtIds = [...new Set(kindergartens.map((k) => k.parentId ?? 0))];
  const districts = await db.prisma.organization.findMany({
    where: { id: { in: districtIds }, status: "Active" },
    orderBy: { id: "asc" },
  });
  return districts.map((district) => ({
    id: district.id,
    name: district.name,
    kindergartens: kindergartens
      .filter((kindergarten) => kindergarten.parentId === district.id)
      .map((kindergarten) => ({
        id: kindergarten.id,
        name: kindergarten.name,
        groups: groups
          .filter((group) => group.kindergarten === kindergarten.id)
          .map(({ ageGroup, capacity, seatsReleased }) => ({ ageGroup, capacity, seatsReleased })),
      })),
  }));
}

export interface QueueApplicationRow {
  number: number;
  district: number;
  ageGroup: number;
  kindergartens: number[];
  claimedCategory: number;
  claimStatus: string;
  claimReason: number | null;
  tier: number;
  status: string;
  enrolledIn: number | null;
  submittedAt: Date;
  closedAt: Date | null;
  blockNumber: number;
  txHash: string;
}

export interface QueueApplicationSearch {
  district?: number;
  claimStatus?: string;
  status?: string;
  limit?: number;
  offset?: number;
}

const maxLimit = 500;

const applicationColumns = {
  number: true,
  district: true,
  ageGroup: true,
  kindergartens: true,
  claimedCategory: true,
  claimStatus: true,
  claimReason: true,
  tier: true,
  status: true,
  enrolledIn: true,
  submittedAt: true,
  closedAt: true,
  blockNumber: true,
  txHash: true,
} as const;
type ApplicationColumns = Prisma.QueueApplicationGetPayload<{ select: typeof applicationColumns }>;

function toApplicationRow(row: ApplicationColumns): QueueApplicationRow {
  const { kindergartens, ...rest } = row;
  return { ...rest, kindergartens: kindergartens.split(",").map(Number) };
}

/** One application as indexed (no tag or key: the page reads those from the chain). */
export async function queueApplicationRow(
  db: IndexDatabase,
  number: number,
): Promise<QueueApplicationRow | null> {
  if (!Number.isSafeInteger(number)) return null;
  const row = await db.prisma.queueApplication.findUnique({
    where: { number },
    select: applicationColumns,
  });
  return row ? toApplicationRow(row) : null;
}

/** Applications by district, claim status (e.g. "Pending" for review) and status. */
export async function searchQueueApplications(
  db: IndexDatabase,
  search: QueueApplicationSearch = {},
): Promise<{ total: number; items: QueueApplicationRow[] }> {
  const where = {
    district: search.district,
    claimStatus: search.claimStatus,
    status: search.status,
  };
  const [total, rows] = await db.prisma.$transaction([
    db.prisma.queueApplication.count({ where }),
    db.prisma.queueApplication.findMany({
      where,
      select: applicationColumns,
      orderBy: { number: "asc" },
      take: Math.min(Math.max(1, search.limit ?? 50), maxLimit),
      skip: Math.max(0, search.offset ?? 0),
    }),
  ]);
  return { total, items: rows.map(toApplicationRow) };
}

export interface QueueOfferRow {
  id: number;
  application: number;
  kindergarten: number;
  ageGroup: number;
  tier: number;
  seq: number;
  stillWaiting: number;
  status: string;
  offeredAt: Date;
  expiresAt: Date;
  closedAt: Date | null;
  blockNumber: number;
  txHash: string;
}

/** Offers, newest first, of one application or one queue. */
export async function searchQueueOffers(
  db: IndexDatabase,
  search: {
    application?: number;
    kindergarten?: number;
    ageGroup?: number;
    status?: string;
    limit?: number;
  },
): Promise<QueueOfferRow[]> {
  return db.prisma.queueOffer.findMany({
    where: {
      application: search.application,
      kindergarten: search.kindergarten,
      ageGroup: search.ageGroup,
      status: search.status,
    },
    orderBy: { id: "desc" },
    take: Math.min(Math.max(1, search.limit ?? 100), maxLimit),
  });
}

/** One moment of a child's queue: how many waited ahead of it and in all. */
export interface PositionPoint {
  at: Date;
  blockNumber: number;
  /** Children waiting ahead, or null while the child does not wait (offered, left). */
  ahead: number | null;
  /** Children waiting in the queue. */
  waiting: number;
  /** What moved the queue; `own` when it was the child's own move. */
  move: QueueMoveKind;
  own: boolean;
}

export interface PositionHistory {
  kindergarten: number;
  ageGroup: number;
  points: PositionPoint[];
}

/** The order key, as the contract has it: tier first, then submission order. */
const orderKey = (tier: number, seq: number) => tier * 2 ** 24 + seq;

/**
 * How the application's position moved in each of its queues: a replay of the queue's
 * moves in the contract's stamp order, keeping a point whenever the child's number of
 * children ahead (or its own status) changed. Linear in the queue's moves.
 */
export async function positionHistory(
  db: IndexDatabase,
  application: number,
): Promise<PositionHistory[]> {
  const memberships = await db.prisma.queueMembership.findMany({
    where: { application },
    orderBy: { joinedAt: "asc" },
  });
  const histories: PositionHistory[] = [];
  for (const { kindergarten, ageGroup } of memberships) {
    const moves = await db.prisma.queueMove.findMany({
      where: { kindergarten, ageGroup },
      orderBy: { stamp: "asc" },
    });
    const waitingKeys = new Map<number, number>();
    let ownKey: number | null = null;
    let ahead = 0;
    const points: PositionPoint[] = [];
    const countAhead = (key: number) => [...waitingKeys.values()].filter((k) => k < key).length;
    for (const move of moves) {
      const own = move.application === application;
      const before = waitingKeys.get(move.application);
      if (move.kind === "Joined" || (move.kind === "TierChanged" && before !== undefined)) {
        waitingKeys.set(move.application, orderKey(move.tier, move.seq));
      } else if (move.kind === "Offered" || move.kind === "Left") {
        waitingKeys.delete(move.application);
      }
      const after = waitingKeys.get(move.application);
      if (own) {
        ownKey = after ?? null;
        if (ownKey !== null) ahead = countAhead(ownKey);
      } else if (ownKey !== null) {
        const wasAhead = before !== undefined && before < ownKey;
        const isAhead = after !== undefined && after < ownKey;
        if (wasAhead === isAhead) continue;
        ahead += isAhead ? 1 : -1;
      } else {
        continue;
      }
      points.push({
        at: move.at,
        blockNumber: move.blockNumber,
        ahead: ownKey === null ? null : ahead,
        waiting: waitingKeys.size,
        move: move.kind as QueueMoveKind,
        own,
      });
    }
    histories.push({ kindergarten, ageGroup, points });
  }
  return histories;
}

export interface QueueLengthRow {
  district: number;
  kindergarten: number;
  kindergartenName: string;
  ageGroup: number;
  capacity: number;
  waiting: number;
  seatsReleased: number;
}

export interface DistrictWaitingTime {
  district: number;
  districtName: string;
  /** Children enrolled through the queue. */
  enrolled: number;
  /** Days from application to enrolment. */
  medianDays: number | null;
  averageDays: number | null;
}

export interface QueueStatistics {
  applications: { total: number; active: number; enrolled: number };
  /** One row per (kindergarten, age group) with seats. */
  lengths: QueueLengthRow[];
  waitingTimes: DistrictWaitingTime[];
  /** Offers by how they ended (Pending, Accepted, Declined, Expired, Cancelled). */
  offersByStatus: Record<string, number>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Public statistics: queue lengths, seats released, waiting times, offer outcomes. */
export async function queueStatistics(db: IndexDatabase): Promise<QueueStatistics> {
  const [districts, waitingCounts, statusCounts, offerCounts, enrolments] = await Promise.all([
    queueDistricts(db),
    db.prisma.queueMembership.groupBy({
      by: ["kindergarten", "ageGroup"],
      where: { status: "Waiting" },
      _count: { _all: true },
    }),
    db.prisma.queueApplication.groupBy({ by: ["status"], _count: { _all: true } }),
    db.prisma.queueOffer.groupBy({ by: ["status"], _count: { _all: true } }),
    db.prisma.queueApplication.findMany({
      where: { status: "Enrolled" },
      select: { district: true, submittedAt: true, closedAt: true },
    }),
  ]);
  const waitingOf = (kindergarten: number, ageGroup: number) =>
    waitingCounts.find((row) => row.kindergarten === kindergarten && row.ageGroup === ageGroup)
      ?._count._all ?? 0;
  const lengths = districts.flatMap((district) =>
    district.kindergartens.flatMap((kindergarten) =>
      kindergarten.groups.map((group) => ({
        district: district.id,
        kindergarten: kindergarten.id,
        kindergartenName: kindergarten.name,
        ageGroup: group.ageGroup,
        capacity: group.capacity,
        waiting: waitingOf(kindergarten.id, group.ageGroup),
        seatsReleased: group.seatsReleased,
      })),
    ),
  );
  const countOf = (status: string) =>
    statusCounts.find((row) => row.status === status)?._count._all ?? 0;
  const waitingTimes = districts.map((district) => {
    const days = enrolments
      .filter((row) => row.district === district.id && row.closedAt)
      .map((row) => (row.closedAt!.getTime() - row.submittedAt.getTime()) / DAY_MS);
    return {
      district: district.id,
      districtName: district.name,
      enrolled: days.length,
      medianDays: median(days),
      averageDays: days.length ? days.reduce((sum, d) => sum + d, 0) / days.length : null,
    };
  });
  return {
    applications: {
      total: statusCounts.reduce((sum, row) => sum + row._count._all, 0),
      active: countOf("Active"),
      enrolled: countOf("Enrolled"),
    },
    lengths,
    waitingTimes,
    offersByStatus: Object.fromEntries(offerCounts.map((row) => [row.status, row._count._all])),
  };
}
