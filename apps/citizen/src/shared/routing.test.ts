import { describe, expect, it } from "vitest";
import { alternateLinks } from "./routing.ts";

describe("alternateLinks", () => {
  it("swaps the locale segment and keeps the rest of the path and the query", () => {
    expect(alternateLinks("/ru/organizations?q=maktab&page=2")).toEqual([
      { locale: "uz", href: "/uz/organizations?q=maktab&page=2" },
      { locale: "ru", href: "/ru/organizations?q=maktab&page=2" },
      { locale: "en", href: "/en/organizations?q=maktab&page=2" },
    ]);
  });

  it("works for a bare locale and for nested pages", () => {
    expect(alternateLinks("/en").map((link) => link.href)).toEqual(["/uz", "/ru", "/en"]);
    expect(alternateLinks("/uz/organizations/7").map((link) => link.href)).toEqual([
      "/uz/organizations/7",
      "/ru/organizations/7",
      "/en/organizations/7",
    ]);
  });
});
