/** The platform's languages: Uzbek in Latin script (the default), Russian, English. */
export const locales = ["uz", "ru", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "uz";

/** Each language's name written in itself, for language switches. */
export const localeNames: Record<Locale, string> = {
  uz: "Oʻzbekcha",
  ru: "Русский",
  en: "English",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The best supported language for an Accept-Language header, or the default. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { language: tag.toLowerCase().split("-")[0], weight: q ? Number(q.split("=")[1]) : 1 };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  return (
    (ranked.find((entry) => isLocale(entry.language))?.language as Locale | undefined) ??
    defaultLocale
  );
}

/** One text in every language. */
export type Words = Record<Locale, string>;

/** Replaces `{name}` placeholders with values. */
export function format(template: string, values: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
