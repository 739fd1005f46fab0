import { cookies } from "next/headers";
import { defaultLocale, isLocale, type Locale } from "@ishonch/i18n";

/** The cookie that keeps the language chosen with the switch. */
export const localeCookie = "ishonch-locale";

/** The language of this request: the chosen one, else Uzbek. */
export async function requestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  return isLocale(chosen) ? chosen : defaultLocale;
}
