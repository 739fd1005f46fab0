import type { Locale } from "@ishonch/i18n";

const localeTags: Record<Locale, string> = { uz: "uz-Latn-UZ", ru: "ru-RU", en: "en-GB" };

/** A chain time shown in Tashkent time, in the page's language. */
export function formatDateTime(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Tashkent",
  }).format(date);
}
