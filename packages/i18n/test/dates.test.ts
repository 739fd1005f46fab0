import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatTime } from "../src/dates.ts";
import { locales, type Locale, type Words } from "../src/locales.ts";

// 09:05 UTC is 14:05 in Tashkent (UTC+5).
const morning = new Date("2026-12-07T09:05:00Z");
// 21:30 UTC on the 31st is already 02:30 on New Year's Day in Tashkent.
const newYear = new Date("2026-12-31T21:30:00Z");

/** What `write` makes of `value` in each language. */
function inEachLanguage<T>(write: (locale: Locale, value: T) => string, value: T): Words {
  return Object.fromEntries(locales.map((locale) => [locale, write(locale, value)])) as Words;
}

describe("formatDate: the day in Tashkent", () => {
  it("writes Uzbek as 2026-yil 7-dekabr, Russian and English as they write it", () => {
    expect(inEachLanguage(formatDate, morning)).toEqual({
      uz: "2026-yil 7-dekabr",
      ru: "7 декабря 2026 г.",
      en: "7 December 2026",
    });
  });

  it("turns the day over at Tashkent's midnight, not at UTC's", () => {
    expect(inEachLanguage(formatDate, newYear)).toEqual({
      uz: "2027-yil 1-yanvar",
      ru: "1 января 2027 г.",
      en: "1 January 2027",
    });
  });

  it("names every month in every language", () => {
    const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 15, 6)));
    expect(months.map((date) => formatDate("uz", date).split("-").pop())).toEqual(
      "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(" "),
    );
    expect(months.map((date) => formatDate("ru", date).split(" ")[1])).toEqual(
      "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(
        " ",
      ),
    );
    expect(months.map((date) => formatDate("en", date).split(" ")[1])).toEqual(
      "January February March April May June July August September October November December".split(
        " ",
      ),
    );
  });
});

describe("formatTime and formatDateTime: Tashkent time, and saying so", () => {
  it("shows the 24-hour time with the zone's name in each language", () => {
    expect(inEachLanguage(formatTime, morning)).toEqual({
      uz: "14:05 (Toshkent vaqti)",
      ru: "14:05 (ташкентское время)",
      en: "14:05 (Tashkent time)",
    });
  });

  it("joins the day and the time", () => {
    expect(inEachLanguage(formatDateTime, newYear)).toEqual({
      uz: "2027-yil 1-yanvar, 02:30 (Toshkent vaqti)",
      ru: "1 января 2027 г., 02:30 (ташкентское время)",
      en: "1 January 2027, 02:30 (Tashkent time)",
    });
  });
});

describe("formatDay: a calendar day, never shifted by a time zone", () => {
  it("writes YYYY-MM-DD in each language", () => {
    expect(inEachLanguage(formatDay, "2002-03-01")).toEqual({
      uz: "2002-yil 1-mart",
      ru: "1 марта 2002 г.",
      en: "1 March 2002",
    });
  });

  it("leaves anything that is not a day as it is", () => {
    expect(formatDay("en", "01.03.2002")).toBe("01.03.2002");
    expect(formatDay("en", "2002-13-01")).toBe("2002-13-01");
  });
});
