import type { Locale } from "@ishonch/i18n";
import { en, type Messages } from "./en";
import { ru } from "./ru";
import { uz } from "./uz";

export type { Messages };

const messagesByLocale: Record<Locale, Messages> = { uz, ru, en };

/** The officials app's page text in one language (fill placeholders with i18n's `format`). */
export function messagesFor(locale: Locale): Messages {
  return messagesByLocale[locale];
}
