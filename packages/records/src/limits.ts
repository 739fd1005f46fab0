/**
 * Rate limits and the relayer's gas budgets (what a refused person reads is @ishonch/i18n's
 * limitMessage, one sentence per limit name), counted in the records database by
 * rate-limiter-flexible's Prisma store, so that every instance of an app counts together
 * (SQLite for one machine, PostgreSQL for several). A limit is taken before the work it
 * guards; a budget is checked before a relayed write and charged with the gas it used.
 */
import type { LimitName, LimitRefusal } from "@ishonch/i18n";
import { IshonchBaseError } from "@ishonch/sdk";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { RecordsDatabase } from "./database.ts";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A limit: at most `points` in any window of `seconds` per subject. */
export interface LimitRule {
  points: number;
  seconds: number;
}

/**
 * Every limit and budget, sized so that a family, a school or a registry office never meets
 * them while a script does: citizens of one mobile operator can share one address, so the
 * per-address counts are generous and the gas budgets cap what the relayer pays.
 */
export const limitRules = {
  /** Kindergarten applications sent from one address (an application costs the relayer ~1M gas). */
  queueApplication: { points: 20, seconds: DAY },
  /** Appeals filed from one address. */
  appealFiled: { points: 20, seconds: DAY },
  /** A parent's accept/decline/withdraw, a citizen's rating or escalation, from one address. */
  citizenAction: { points: 60, seconds: HOUR },
  /** Bulk checks of up to a thousand diplomas from one address. */
  bulkCheck: { points: 30, seconds: HOUR },
  /** Single checks (a document, a number, a verdict) from one address. */
  certificateCheck: { points: 600, seconds: MINUTE },
  /** Sign-in nonces and sign-ins to the officials app from one address. */
  signIn: { points: 30, seconds: MINUTE },
  /** Writes by one signed-in official (class uploads, sealed documents). */
  officialWrite: { points: 600, seconds: HOUR },
  /** Searches by one signed-in official. */
  officialSearch: { points: 240, seconds: MINUTE },
  /** Gas the relayer spends for one district's kindergarten queue a day, in thousands. */
  districtGas: { points: 300_000, seconds: DAY },
  /** Gas the relayer spends for appeals to one agency a day, in thousands. */
  agencyGas: { points: 100_000, seconds: DAY },
  /** Gas the relayer spends for one address (one person, as far as it can tell) a day, in thousands. */
  addressGas: { points: 12_000, seconds: DAY },
} as const satisfies Record<LimitName, LimitRule>;

export type { LimitName };
export type GasBudgetName = "districtGas" | "agencyGas" | "addressGas";

/**
 * A limit or budget is used up: refused before any work, with the wait until it frees (the
 * apps tell it by its code, see @ishonch/i18n's isLimitRefusal).
 */
export class LimitReachedError extends IshonchBaseError<"LimitReached", LimitRefusal["args"]> {
  override readonly name = "LimitReachedError";
}

const limiters = new WeakMap<RecordsDatabase, Map<LimitName, RateLimiterPrisma>>();

function limiter(records: RecordsDatabase, name: LimitName): RateLimiterPrisma {
  let byName = limiters.get(records);
  if (!byName) limiters.set(records, (byName = new Map()));
  let found = byName.get(name);
  if (!found) {
    const rule: LimitRule = limitRules[name];
    found = new RateLimiterPrisma({
      storeClient: records.prisma,
      tableName: "rateLimit",
      keyPrefix: name,
      points: rule.points,
      duration: rule.seconds,
    });
    byName.set(name, found);
  }
  return found;
}

function waitSeconds(result: RateLimiterRes | null, name: LimitName): number {
  const ms =
    result && result.msBeforeNext > 0 ? result.msBeforeNext : limitRules[name].seconds * 1000;
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Takes `points` from `subject`'s allowance under `name`; throws LimitReachedError (and does
 * not take them) when that would go over. Store failures are thrown as they are.
 */
export async function takeFromLimit(
  records: RecordsDatabase,
  name: LimitName,
  subject: string,
  points = 1,
): Promise<void> {
  try {
    await limiter(records, name).consume(subject, points);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    // The store counted the refused points too: give them back, so that waiting is enough.
    await limiter(records, name).reward(subject, points);
    throw new LimitReachedError("LimitReached", {
      limit: name,
      retryAfterSeconds: waitSeconds(rejection, name),
    });
  }
}

/** Throws LimitReachedError when `subject`'s gas budget `name` is used up for today. */
async function ensureGasBudget(
  records: RecordsDatabase,
  name: GasBudgetName,
  subject: string,
): Promise<void> {
  const used = await limiter(records, name).get(subject);
  if (used && used.consumedPoints >= limitRules[name].points) {
    throw new LimitReachedError("LimitReached", {
      limit: name,
      retryAfterSeconds: waitSeconds(used, name),
    });
  }
}

/** Charges `gas` to `subject`'s budget `name` (in thousands, rounded up). */
async function chargeGas(
  records: RecordsDatabase,
  name: GasBudgetName,
  subject: string,
  gas: bigint,
): Promise<void> {
  const thousands = Number((gas + 999n) / 1000n);
  if (thousands > 0) await limiter(records, name).penalty(subject, thousands);
}

/** A write the relayer pays for: whose limit it takes and which budgets it is charged to. */
export interface RelayedWrite {
  limit: LimitName;
  /** The caller's address (see the apps' clientAddress): the per-address limit and budget. */
  address: string;
  /** The district or agency the write is for, when known before it is sent. */
  office?: { budget: "districtGas" | "agencyGas"; id: number };
}

/**
 * Before a relayed write: refused while a budget it would be charged to is spent, else its
 * limit is taken (a write the chain then refuses still counts: probing is not free).
 */
export async function admitRelayedWrite(
  records: RecordsDatabase,
  write: RelayedWrite,
): Promise<void> {
  await ensureGasBudget(records, "addressGas", write.address);
  if (write.office) await ensureGasBudget(records, write.office.budget, String(write.office.id));
  await takeFromLimit(records, write.limit, write.address);
}

/** After a relayed write was mined: its gas is charged to the address and the office. */
export async function chargeRelayedWrite(
  records: RecordsDatabase,
  write: RelayedWrite,
  gasUsed: bigint,
): Promise<void> {
  await chargeGas(records, "addressGas", write.address, gasUsed);
  if (write.office) await chargeGas(records, write.office.budget, String(write.office.id), gasUsed);
}
