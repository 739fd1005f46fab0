"use server";

import { cookies } from "next/headers";
import { isLocale } from "@ishonch/i18n";
import { localeCookie } from "./locale";

/** The language switch: remembers the choice for a year. A public endpoint: any argument. */
export async function chooseLocale(formData: unknown): Promise<void> {
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
}
