/** Numbers as people of each language write them (dates and times: @ishonch/i18n). */
import type { Locale } from "@ishonch/i18n";

const intlLocale: Record<Locale, string> = { uz: "uz-Latn", ru: "ru", en: "en-GB" };

export function formatCount(locale: Locale, count: number): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(count);
}
