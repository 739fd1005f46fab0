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

/** The deployment's priority categories by id (the Ignition module's defaults). */
export const queueCategoryWords: Record<number, Words> = {
  0: { uz: "Imtiyoz yoʻq", ru: "Без льготы", en: "No priority" },
  1: { uz: "Nogironligi bor bola", ru: "Ребёнок с инвалидностью", en: "Child with a disability" },
  2: {
    uz: "Harbiy xizmatchi farzandi",
    ru: "Ребёнок военнослужащего",
    en: "Child of military personnel",
  },
  3: {
    uz: "Yolgʻiz yoki kam taʼminlangan ota-ona farzandi",
    ru: "Ребёнок одинокого или малообеспеченного родителя",
    en: "Child of a single or low-income parent",
  },
  4: {
    uz: "Aka-ukasi yoki opa-singlisi shu bogʻchada",
    ru: "Брат или сестра уже в этом саду",
    en: "Sibling already enrolled",
  },
};

/** The authority's reasons for a claim decision (the SDK's ClaimReason codes). */
export const queueClaimReasonWords: Record<number, Words> = {
  1: { uz: "Hujjatlar tasdiqlandi", ru: "Документы подтверждены", en: "Documents verified" },
  2: { uz: "Hujjatlar yetishmaydi", ru: "Не хватает документов", en: "Documents missing" },
  3: { uz: "Hujjatlar haqiqiy emas", ru: "Документы недействительны", en: "Documents invalid" },
  4: { uz: "Imtiyozga asos yoʻq", ru: "Нет права на льготу", en: "Not eligible" },
};

export const queueApplicationStatusWords: Record<ApplicationStatusName, Words> = {
  None: { uz: "Yoʻq", ru: "Нет", en: "None" },
  Active: { uz: "Navbatda", ru: "В очереди", en: "In the queue" },
  Enrolled: { uz: "Qabul qilindi", ru: "Зачислен", en: "Enrolled" },
  Withdrawn: { uz: "Qaytarib olindi", ru: "Отозвано", en: "Withdrawn" },
  Lapsed: { uz: "Navbatlar tugadi", ru: "Очереди исчерпаны", en: "Lapsed" },
};

export const queueClaimStatusWords: Record<ClaimStatusName, Words> = {
  None: { uz: "Imtiyoz soʻralmagan", ru: "Льгота не заявлена", en: "No priority claimed" },
  Pending: { uz: "Tekshirilmoqda", ru: "На проверке", en: "Under review" },
  Approved: { uz: "Tasdiqlandi", ru: "Подтверждена", en: "Approved" },
  Rejected: { uz: "Rad etildi", ru: "Отклонена", en: "Rejected" },
};

export const queueMemberStatusWords: Record<MemberStatusName, Words> = {
  None: { uz: "Yoʻq", ru: "Нет", en: "None" },
  Waiting: { uz: "Navbat kutmoqda", ru: "Ожидает", en: "Waiting" },
  Offered: { uz: "Joy taklif qilindi", ru: "Предложено место", en: "Seat offered" },
  Enrolled: { uz: "Qabul qilindi", ru: "Зачислен", en: "Enrolled" },
  Left: { uz: "Navbatdan chiqdi", ru: "Вышел из очереди", en: "Left the queue" },
};

export const queueOfferStatusWords: Record<OfferStatusName, Words> = {
  None: { uz: "Yoʻq", ru: "Нет", en: "None" },
  Pending: { uz: "Javob kutilmoqda", ru: "Ждёт ответа", en: "Awaiting answer" },
  Accepted: { uz: "Qabul qilindi", ru: "Принято", en: "Accepted" },
  Declined: { uz: "Rad etildi", ru: "Отклонено", en: "Declined" },
  Expired: { uz: "Muddati oʻtdi", ru: "Срок истёк", en: "Expired" },
  Cancelled: { uz: "Bekor qilindi", ru: "Отменено", en: "Cancelled" },
};

/** Why a child ahead did not get a seat (fairness page). */
export const queueStandingWords: Record<"OfferedEarlier" | "LeftEarlier" | "Skipped", Words> = {
  OfferedEarlier: {
    uz: "Unga oldinroq joy taklif qilingan",
    ru: "Ему раньше предложили место",
    en: "Was offered a seat earlier",
  },
  LeftEarlier: {
    uz: "Oldinroq navbatdan chiqqan",
    ru: "Раньше вышел из очереди",
    en: "Had left the queue earlier",
  },
  Skipped: {
    uz: "Chetlab oʻtilgan — qoidabuzarlik!",
    ru: "Пропущен — нарушение!",
    en: "Skipped: a violation!",
  },
};

/** The label of a number-coded queue value, or its number for a code this app does not know. */
export function queueCodeLabel(table: Record<number, Words>, locale: Locale, code: number): string {
  return table[code]?.[locale] ?? `#${code}`;
}
