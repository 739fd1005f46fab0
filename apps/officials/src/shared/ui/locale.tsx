"use client";

import { createContext, useContext, type ReactNode } from "react";
import { wordsIn, type InLocale, type Locale, type WordTree } from "@ishonch/i18n";

const LocaleContext = createContext<Locale | null>(null);

/** The page's language (the switch's cookie), for every client component below. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error("useLocale outside LocaleProvider");
  return locale;
}

/** A section of words in the page's language (server components use `wordsIn`). */
export function useWords<T extends WordTree>(section: T): InLocale<T> {
  return wordsIn(useLocale(), section);
}
