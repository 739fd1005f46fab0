/**
 * Dates and times as each language writes them, the same on the server and in the browser
 * (no dependence on the runtime's locale data, whose Uzbek is "7-dekabr, 2026"): Uzbek
 * "2026-yil 7-dekabr", Russian "7 декабря 2026 г.", English "7 December 2026". Times are
 * Tashkent time, and say so. Imported alone (`@ishonch/i18n/dates`) by browser scripts.
 */
import type { Locale, Words } from "./locales.ts";

/** Uzbekistan keeps UTC+5 all year: no daylight saving time since 1992. */
const TASHKENT_OFFSET_MS = 5 * 60 * 60 * 1000;

/** Month names in the form that follows a day's number (Russian: the genitive). */
const monthNames: Readonly<Record<Locale, readonly string[]>> = {
  uz: [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avgust",
    "sentabr",
    "oktabr",
    "noyabr",
    "dekabr",
  ],
  ru: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

const tashkentTime: Words = { uz: "Toshkent vaqti", ru: "ташкентское время", en: "Tashkent time" };

/** A calendar day; `month` from 1 to 12. */
interface Day {
  year: number;
  month: number;
  day: number;
}

function writeDay(locale: Locale, { year, month, day }: Day): string {
  const name = monthNames[locale][month - 1];
  switch (locale) {
    case "uz":
      return `${year}-yil ${day}-${name}`;
    case "ru":
      return `${day} ${name} ${year} г.`;
    case "en":
      return `${day} ${name} ${year}`;
  }
}

/** The instant as Tashkent's wall clock shows it, read through the UTC fields. */
function inTashkent(instant: Date): Date {
  return new Date(instant.getTime() + TASHKENT_OFFSET_MS);
}

function tashkentDay(instant: Date): Day {
  const wall = inTashkent(instant);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day written `YYYY-MM-DD` (a date of birth, a graduation date): no time zone,
 * so no shifting. Anything else is returned as it is.
 */
export function formatDay(locale: Locale, day: string): string {
  const match = isoDay.exec(day);
  if (!match) return day;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || date < 1 || date > 31) return day;
  return writeDay(locale, { year, month, day: date });
}

/** The day of an instant in Tashkent. */
export function formatDate(locale: Locale, instant: Date): string {
  return writeDay(locale, tashkentDay(instant));
}

/** The time of an instant in Tashkent, 24-hour, saying whose time it is: "14:05 (Tashkent time)". */
export function formatTime(locale: Locale, instant: Date): string {
  const wall = inTashkent(instant);
  const hours = String(wall.getUTCHours()).padStart(2, "0");
  const minutes = String(wall.getUTCMinutes()).padStart(2, "0");
  return `${hours}:${minutes} (${tashkentTime[locale]})`;
}

/** An instant's day and time in Tashkent: "7 December 2026, 14:05 (Tashkent time)". */
export function formatDateTime(locale: Locale, instant: Date): string {
  return `${formatDate(locale, instant)}, ${formatTime(locale, instant)}`;
}
