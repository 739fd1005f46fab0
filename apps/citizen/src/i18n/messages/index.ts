import type { Locale } from "@ishonch/i18n";
import { en } from "./en.ts";
import { ru } from "./ru.ts";
import type { Messages } from "./types.ts";
import { uz } from "./uz.ts";

export type { Messages };

const byLocale: Record<Locale, Messages> = { uz, ru, en };

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}
