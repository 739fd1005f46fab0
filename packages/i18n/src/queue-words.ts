/**
 * Words of the kindergarten queue's codes that the chain holds as numbers, shared by both
 * apps: priority categories, claim reasons, statuses. Contract errors have their words in
 * errors/queue.ts.
 */
import type {
  ApplicationStatusName,
  ClaimStatusName,
  MemberStatusName,
  OfferStatusName,
} from "@ishonch/sdk";
import type { Locale, Words } from "./locales.ts";
import words from "./queue-words.json";

/** The deployment's priority categories by id (the Ignition module's defaults). */
export const queueCategoryWords: Record<number, Words> = words.queueCategoryWords;

/** The authority's reasons for a claim decision (the SDK's ClaimReason codes). */
export const queueClaimReasonWords: Record<number, Words> = words.queueClaimReasonWords;
export const queueApplicationStatusWords: Record<ApplicationStatusName, Words> =
  words.queueApplicationStatusWords;
export const queueClaimStatusWords: Record<ClaimStatusName, Words> = words.queueClaimStatusWords;
export const queueMemberStatusWords: Record<MemberStatusName, Words> = words.queueMemberStatusWords;
export const queueOfferStatusWords: Record<OfferStatusName, Words> = words.queueOfferStatusWords;

/** Why a child ahead did not get a seat (fairness page). */
export const queueStandingWords: Record<"OfferedEarlier" | "LeftEarlier" | "Skipped", Words> =
  words.queueStandingWords;

/** The label of a number-coded queue value, or its number for a code this app does not know. */
export function queueCodeLabel(table: Record<number, Words>, locale: Locale, code: number): string {
  return table[code]?.[locale] ?? `#${code}`;
}
