"use server";

import { cookies } from "next/headers";
import { isLocale } from "@ishonch/i18n";
import { localeCookie } from "./locale";

/** The language switch: remembers the choice for a year. */
export async function chooseLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
}
