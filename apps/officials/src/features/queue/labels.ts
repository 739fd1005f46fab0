import { format, queueCategoryWords, type InLocale, type Locale } from "@ishonch/i18n";
import { TIER_COUNT } from "@ishonch/sdk";
import type { queueWords } from "./words";

type QueueText = InLocale<typeof queueWords>;

/** An age group as the forms and tables name it. */
export interface AgeGroupOption {
  id: number;
  minMonths: number;
  maxMonths: number;
}

export function ageGroupLabel(m: QueueText, group: AgeGroupOption): string {
  return format(m.ageGroup, { min: group.minMonths, max: group.maxMonths, id: group.id });
}

/** The contract's GENERAL_TIER: children without an approved priority claim. */
const GENERAL_TIER = TIER_COUNT - 1;

/** A tier in words: the general tier by name, priority tiers by number (0 served first). */
export function tierLabel(m: QueueText, tier: number): string {
  return tier === GENERAL_TIER ? m.generalTier : format(m.tier, { tier });
}

/** A priority category in the page's language, by the authority's id. */
export function categoryLabel(locale: Locale, category: number): string {
  return queueCategoryWords[category]?.[locale] ?? String(category);
}
