import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatTime } from "../src/dates.ts";

// 09:05 UTC is 14:05 in Tashkent (UTC+5).
const morning = new Date("2026-12-07T09:05:00Z");
// 21:30 UTC on the 31st is already 02:30 on New Year's Day in Tashkent.
const newYear = new Date("2026-12-31T21:30:00Z");

describe("formatDate: the day in Tashkent", () => {
  it("writes Uzbek as 2026-yil 7-dekabr, Russian and English as they write it", () => {
    expect(formatDate("uz", morning)).toBe("2026-yil 7-dekabr");
    expect(formatDate("ru", morning)).toBe("7 декабря 2026 г.");
    expect(formatDate("en", morning)).toBe("7 December 2026");
  });

  it("turns the day over at Tashkent's midnight, not at UTC's", () => {
    expect(formatDate("uz", newYear)).toBe("2027-yil 1-yanvar");
    expect(formatDate("ru", newYear)).toBe("1 января 2027 г.");
    expect(formatDate("en", newYear)).toBe("1 January 2027");
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
    expect(formatTime("uz", morning)).toBe("14:05 (Toshkent vaqti)");
    expect(formatTime("ru", morning)).toBe("14:05 (ташкентское время)");
    expect(formatTime("en", morning)).toBe("14:05 (Tashkent time)");
  });

  it("joins the day and the time", () => {
    expect(formatDateTime("uz", newYear)).toBe("2027-yil 1-yanvar, 02:30 (Toshkent vaqti)");
    expect(formatDateTime("ru", newYear)).toBe("1 января 2027 г., 02:30 (ташкентское время)");
    expect(formatDateTime("en", newYear)).toBe("1 January 2027, 02:30 (Tashkent time)");
  });
});

describe("formatDay: a calendar day, never shifted by a time zone", () => {
  it("writes YYYY-MM-DD in each language", () => {
    expect(formatDay("uz", "2002-03-01")).toBe("2002-yil 1-mart");
    expect(formatDay("ru", "2002-03-01")).toBe("1 марта 2002 г.");
    expect(formatDay("en", "2002-03-01")).toBe("1 March 2002");
  });

  it("leaves anything that is not a day as it is", () => {
    expect(formatDay("en", "01.03.2002")).toBe("01.03.2002");
    expect(formatDay("en", "2002-13-01")).toBe("2002-13-01");
  });
});
