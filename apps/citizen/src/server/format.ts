/** Dates and numbers as people of each locale write them; Uzbekistan's time zone. */
import type { Locale } from "@ishonch/i18n";

export const intlLocale: Record<Locale, string> = { uz: "uz-Latn", ru: "ru", en: "en-GB" };

export function formatDateTime(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Tashkent",
  }).format(date);
}

export function formatCount(locale: Locale, count: number): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(count);
}
