/**
 * What the queue pages render: JSON-safe, every word in the page's language. Built on the
 * server from the chain's answers (positions, fairness) and the index (names, history).
 */
import {
  format,
  formatDateTime,
  queueApplicationStatusWords,
  queueCategoryWords,
  queueClaimStatusWords,
  queueCodeLabel,
  queueMemberStatusWords,
  queueOfferStatusWords,
  queueStandingWords,
  wordsIn,
  type Locale,
} from "@ishonch/i18n";
import { GENERAL_TIER, type AllocationFairness } from "@ishonch/sdk";
import type { StatusView } from "../../shared/view-models.ts";
import type { PositionData } from "./server/queue.ts";
import { queueWords } from "./words.ts";

export interface OfferView {
  id: number;
  status: StatusView;
  until: string;
  /** Pending and still within its period: the parent may answer. */
  open: boolean;
  /** Pending but past its period: it can only pass on. */
  expired: boolean;
}

export interface PreferenceView {
  rank: number;
  kindergarten: number;
  name: string;
  status: StatusView;
  /** Children ahead, or null when the child does not wait in this queue. */
  ahead: number | null;
  aheadByTier: { label: string; count: number }[];
  offer: OfferView | null;
}

export interface HistoryView {
  kindergarten: number;
  name: string;
  points: { ahead: number | null; waiting: number }[];
}

export interface PositionView {
  number: number;
  blockNumber: number;
  status: StatusView;
  claim: string;
  submittedAt: string;
  preferences: PreferenceView[];
  canWithdraw: boolean;
  history: HistoryView[];
}

const nameOf = (names: Record<number, string>, id: number) => names[id] ?? `#${id}`;

export function tierLabel(locale: Locale, tier: number): string {
  return tier === GENERAL_TIER
    ? wordsIn(locale, queueWords).generalTier
    : format(wordsIn(locale, queueWords).tierName, { tier: tier + 1 });
}

/** "2–3 years" for an age group, from its range in months; its id if unknown. */
export function ageGroupLabel(
  locale: Locale,
  groups: { id: number; minMonths: number; maxMonths: number }[],
  id: number,
): string {
  const group = groups.find((row) => row.id === id);
  if (!group) return `#${id}`;
  const years = (months: number) => Math.round((months / 12) * 10) / 10;
  return format(wordsIn(locale, queueWords).ageGroupName, {
    min: years(group.minMonths),
    max: years(group.maxMonths),
  });
}

export function positionView(locale: Locale, data: PositionData): PositionView {
  const { position, chainTime, names, history } = data;
  const { application } = position;
  const claim =
    application.claimedCategory === 0
      ? queueClaimStatusWords.None[locale]
      : `${queueCodeLabel(queueCategoryWords, locale, application.claimedCategory)}: ${
          queueClaimStatusWords[application.claimStatus][locale]
        }`;
  return {
    number: application.number,
    blockNumber: position.blockNumber,
    status: {
      name: application.status,
      label: queueApplicationStatusWords[application.status][locale],
    },
    claim,
    submittedAt: formatDateTime(locale, application.submittedAt),
    canWithdraw: application.status === "Active",
    preferences: position.preferences.map((preference, index) => {
      const offer = preference.offer;
      const expiresAt = offer ? offer.expiresAt.getTime() / 1000 : 0;
      return {
        rank: index + 1,
        kindergarten: preference.kindergarten,
        name: nameOf(names, preference.kindergarten),
        status: {
          name: preference.status,
          label: queueMemberStatusWords[preference.status][locale],
        },
        ahead: preference.status === "Waiting" ? preference.ahead : null,
        aheadByTier: preference.aheadByTier
          .map((count, tier) => ({ label: tierLabel(locale, tier), count }))
          .filter((row) => row.count > 0),
        offer: offer && {
          id: offer.offerId,
          status: { name: offer.status, label: queueOfferStatusWords[offer.status][locale] },
          until: formatDateTime(locale, offer.expiresAt),
          open: offer.status === "Pending" && chainTime <= expiresAt,
          expired: offer.status === "Pending" && chainTime > expiresAt,
        },
      };
    }),
    history: history.map((queue) => ({
      kindergarten: queue.kindergarten,
      name: nameOf(names, queue.kindergarten),
      points: queue.points.map(({ ahead, waiting }) => ({ ahead, waiting })),
    })),
  };
}

export interface FairnessView {
  offerId: number;
  blockNumber: number;
  kindergarten: string;
  application: number;
  offerStatus: StatusView;
  offeredAt: string;
  fair: boolean;
  verdict: string;
  checkedText: string;
  ahead: { application: number; seq: number; standing: string; reason: string; earlier: string }[];
}

export function fairnessView(
  locale: Locale,
  fairness: AllocationFairness,
  names: Record<number, string>,
): FairnessView {
  const { offer } = fairness;
  return {
    offerId: offer.offerId,
    blockNumber: fairness.blockNumber,
    kindergarten: nameOf(names, offer.kindergarten),
    application: offer.application,
    offerStatus: { name: offer.status, label: queueOfferStatusWords[offer.status][locale] },
    offeredAt: formatDateTime(locale, offer.offeredAt),
    fair: fairness.fair,
    verdict: fairness.fair
      ? format(wordsIn(locale, queueWords).fair, { count: fairness.ahead.length })
      : format(wordsIn(locale, queueWords).unfair, { count: fairness.skipped }),
    checkedText: format(wordsIn(locale, queueWords).fairnessChecked, { checked: fairness.checked }),
    ahead: fairness.ahead.map((child) => ({
      application: child.application,
      seq: child.seq,
      standing: child.standing,
      reason: queueStandingWords[child.standing][locale],
      earlier: child.earlierOffer
        ? `${format(wordsIn(locale, queueWords).offer, { offer: child.earlierOffer.offerId })}: ${
            queueOfferStatusWords[child.earlierOffer.status][locale]
          }`
        : "",
    })),
  };
}
