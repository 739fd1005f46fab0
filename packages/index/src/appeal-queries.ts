// What the apps read about appeals from the index: an agency's inbox and escalation queue,
// and public statistics per agency. Overdue is decided against `now`, which the caller
// takes from the chain (the contract decides it from block.timestamp), never the server.
import type { IndexDatabase } from "./database.ts";
import type { Appeal, Prisma } from "./generated/sqlite/client.ts";
import type { Page } from "./queries.ts";

/** An appeal as the index knows it (no content: that is sealed, in the records). */
export interface AppealRow {
  id: number;
  appealType: string;
  agencyId: number;
  /** The status as events stored it; see `overdue`. */
  status: string;
  /** Unanswered and past its deadline at the `now` asked for. */
  overdue: boolean;
  registeredAt: Date;
  receivedAt: Date;
  deadline: Date;
  answeredAt: Date | null;
  answeredLate: boolean | null;
  extended: boolean;
  extraChecking: boolean;
  forwardCount: number;
  rating: number | null;
  escalatedFrom: number | null;
  escalatedTo: number | null;
  contentCommitment: string;
  answerCommitment: string | null;
  filedTxHash: string;
}

export interface AppealListQuery {
  agencyId: number;
  /** The chain's time, for `overdue`. */
  now: Date;
  /** Only appeals escalated to this agency from a subordinate (the superior's queue). */
  escalationsOnly?: boolean;
  limit?: number;
  offset?: number;
}

/** One agency's appeals statistics. */
export interface AgencyAppealStats {
  agencyId: number;
  agencyName: string;
  received: number;
  answeredOnTime: number;
  answeredLate: number;
  /** Unanswered past the deadline at `now` (including those the citizen escalated as such). */
  overdue: number;
  /** Appeals it passed on to another agency (each forwarding once; the chain's forwardCountOf). */
  forwarded: number;
  /** Median seconds from receipt to answer, or null before the first answer. */
  medianAnswerSeconds: number | null;
}

const defaultLimit = 50;
const maxLimit = 500;

function toAppealRow(row: Appeal, now: Date): AppealRow {
  return {
    id: row.id,
    appealType: row.appealType,
    agencyId: row.agencyId,
    status: row.status,
    overdue: row.answeredAt === null && row.deadline < now,
    registeredAt: row.registeredAt,
    receivedAt: row.receivedAt,
    deadline: row.deadline,
    answeredAt: row.answeredAt,
    answeredLate: row.answeredLate,
    extended: row.extended,
    extraChecking: row.extraChecking,
    forwardCount: row.forwardCount,
    rating: row.rating,
    escalatedFrom: row.escalatedFrom,
    escalatedTo: row.escalatedTo,
    contentCommitment: row.contentCommitment,
    answerCommitment: row.answerCommitment,
    filedTxHash: row.filedTxHash,
  };
}

/**
 * An agency's inbox: the appeals it holds that await an answer, the nearest deadline first
 * (so overdue ones lead). `escalationsOnly` gives the superior's escalation queue.
 */
export async function appealInbox(
  db: IndexDatabase,
  query: AppealListQuery,
): Promise<Page<AppealRow>> {
  const where: Prisma.AppealWhereInput = { agencyId: query.agencyId, open: true };
  if (query.escalationsOnly) where.escalatedFrom = { not: null };
  const [total, rows] = await db.prisma.$transaction([
    db.prisma.appeal.count({ where }),
    db.prisma.appeal.findMany({
      where,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: Math.min(Math.max(1, Math.trunc(query.limit ?? defaultLimit)), maxLimit),
      skip: Math.max(0, Math.trunc(query.offset ?? 0)),
    }),
  ]);
  return { total, items: rows.map((row) => toAppealRow(row, query.now)) };
}

/** One appeal from the index, or null (the chain is the authority: see the SDK's appealStatus). */
export async function getAppealRow(
  db: IndexDatabase,
  id: number,
  now: Date,
): Promise<AppealRow | null> {
  if (!Number.isSafeInteger(id)) return null;
  const row = await db.prisma.appeal.findUnique({ where: { id } });
  return row ? toAppealRow(row, now) : null;
}

interface MedianRow {
  agency_id: number | bigint;
  median: number | string | null;
}

/**
 * Statistics of every agency that holds or forwarded appeals, by the agency holding each
 * appeal now (a forwarded appeal counts at its receiver), and the forwards each agency made.
 * Six grouped queries on indexed columns and one window query for the medians, whatever the
 * number of appeals.
 */
export async function appealStatistics(db: IndexDatabase, now: Date): Promise<AgencyAppealStats[]> {
  const { prisma } = db;
  const countBy = (where: Prisma.AppealWhereInput) =>
    prisma.appeal.groupBy({ by: ["agencyId"], where, _count: { _all: true } });
  const [received, onTime, late, overdue, forwards, medians] = await Promise.all([
    countBy({}),
    countBy({ answeredLate: false }),
    countBy({ answeredLate: true }),
    countBy({ answeredAt: null, deadline: { lt: now } }),
    prisma.appealForward.groupBy({ by: ["fromAgencyId"], _count: { _all: true } }),
    prisma.$queryRaw<MedianRow[]>`
      SELECT agency_id, AVG(answer_seconds) AS median FROM (
        SELECT agency_id, answer_seconds,
               ROW_NUMBER() OVER (PARTITION BY agency_id ORDER BY answer_seconds) AS position,
               COUNT(*) OVER (PARTITION BY agency_id) AS answered
        FROM appeals WHERE answer_seconds IS NOT NULL
      ) ranked
      WHERE position IN ((answered + 1) / 2, (answered + 2) / 2)
      GROUP BY agency_id`,
  ]);
  const countOf = (groups: typeof received, agencyId: number) =>
    groups.find((group) => group.agencyId === agencyId)?._count._all ?? 0;
  const forwardedBy = new Map(forwards.map((group) => [group.fromAgencyId, group._count._all]));
  const agencyIds = [
    ...new Set([...received.map((group) => group.agencyId), ...forwardedBy.keys()]),
  ].sort((a, b) => a - b);
  const names = new Map(
    (
      await prisma.organization.findMany({
        where: { id: { in: agencyIds } },
        select: { id: true, name: true },
      })
    ).map((row) => [row.id, row.name]),
  );
  const medianOf = new Map(medians.map((row) => [Number(row.agency_id), row.median]));
  return agencyIds.map((agencyId) => {
    const median = medianOf.get(agencyId);
    return {
      agencyId,
      agencyName: names.get(agencyId) ?? `#${agencyId}`,
      received: countOf(received, agencyId),
      answeredOnTime: countOf(onTime, agencyId),
      answeredLate: countOf(late, agencyId),
      overdue: countOf(overdue, agencyId),
      forwarded: forwardedBy.get(agencyId) ?? 0,
      medianAnswerSeconds: median === undefined || median === null ? null : Number(median),
    };
  });
}

/**
 * Active organizations by name, for the filing form: all of them, or those of `ids` (the
 * agencies that published an appeals key, from the records).
 */
export async function activeOrganizations(
  db: IndexDatabase,
  ids?: readonly number[],
): Promise<{ id: number; name: string; parentId: number | null }[]> {
  return db.prisma.organization.findMany({
    where: { status: "Active", ...(ids ? { id: { in: [...ids] } } : {}) },
    select: { id: true, name: true, parentId: true },
    orderBy: { name: "asc" },
  });
}
