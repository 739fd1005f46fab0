/** Links between the language versions of one page: the locale is the first path segment. */
import { locales, type Locale } from "@ishonch/i18n";

/** A link to the same page in another language. */
export interface AlternateLink {
  locale: Locale;
  href: string;
}

/**
 * The current URL (path and query, as Next's `resolvedUrl`) in every locale: the first
 * path segment is the locale and is swapped, everything after it is kept.
 */
export function alternateLinks(resolvedUrl: string): AlternateLink[] {
  const rest = resolvedUrl.replace(/^\/[^/?#]*/, "");
  return locales.map((locale) => ({ locale, href: `/${locale}${rest}` }));
}
