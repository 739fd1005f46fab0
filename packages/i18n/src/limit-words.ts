/**
 * What a person reads when a rate limit or the relayer's gas budget refuses them (the limits
 * themselves are @ishonch/records' limitRules, typed by these names): what happened and how
 * long to wait, never a status code.
 */
import { format, type Locale, type Words } from "./locales.ts";
import words from "./limit-words.json";

export type LimitName = keyof typeof words;

export const limitWords: Readonly<Record<LimitName, Words>> = words;

const intlLocale: Record<Locale, string> = { uz: "uz-Latn", ru: "ru", en: "en" };

/**
 * "5 minutes", "22 soat": a wait in whole minutes below an hour, else in whole hours, as it
 * reads after "in" / "через" / before "-dan keyin".
 */
export function waitText(locale: Locale, seconds: number): string {
  const [unit, count] =
    seconds < 3600
      ? ["minute", Math.max(1, Math.ceil(seconds / 60))]
      : ["hour", Math.ceil(seconds / 3600)];
  const text = new Intl.NumberFormat(intlLocale[locale], {
    style: "unit",
    unit,
    unitDisplay: "long",
  }).format(count);
  // Intl gives the nominative ("1 минута"); after "через" Russian asks the accusative.
  return locale === "ru" ? text.replace(/минута$/, "минуту") : text;
}

/** The refusal of a limit in `locale`, with the wait until it frees. */
export function limitMessage(
  locale: Locale,
  refusal: { limit: LimitName; retryAfterSeconds: number },
): string {
  return format(limitWords[refusal.limit][locale], {
    wait: waitText(locale, refusal.retryAfterSeconds),
  });
}

/** A limit refusal as the records throw it (LimitReachedError), told apart by its code. */
export interface LimitRefusal {
  code: "LimitReached";
  args: { limit: LimitName; retryAfterSeconds: number };
}

export function isLimitRefusal(error: unknown): error is LimitRefusal {
  return (
    error instanceof Error &&
    (error as Partial<LimitRefusal>).code === "LimitReached" &&
    typeof (error as Partial<LimitRefusal>).args?.limit === "string" &&
    (error as Partial<LimitRefusal>).args!.limit in limitWords
  );
}
