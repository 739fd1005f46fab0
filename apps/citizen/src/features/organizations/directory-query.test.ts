import { describe, expect, it } from "vitest";
import { directoryHref, parseDirectoryQuery } from "./directory-query.ts";

describe("parseDirectoryQuery", () => {
  it("reads a full search", () => {
    expect(
      parseDirectoryQuery({
        q: "  maktab ",
        type: "School",
        region: "TashkentCity",
        status: "Suspended",
        page: "3",
      }),
    ).toEqual({
      text: "maktab",
      orgType: "School",
      region: "TashkentCity",
      status: "Suspended",
      page: 3,
    });
  });

  it("turns unknown or malformed values into 'any' and page 1", () => {
    expect(parseDirectoryQuery({ type: "Bank", region: "11", status: "None", page: "-2" })).toEqual(
      { text: "", orgType: null, region: null, status: null, page: 1 },
    );
    expect(parseDirectoryQuery({ page: "1.5" }).page).toBe(1);
    expect(parseDirectoryQuery({ q: ["a", "b"] }).text).toBe("a");
  });
});

describe("directoryHref", () => {
  it("keeps only the fields that are set and round-trips through the parser", () => {
    const query = parseDirectoryQuery({ q: "bogʻcha 5", region: "Fergana", page: "2" });
    const href = directoryHref("ru", query);
    expect(href).toBe("/ru/organizations?q=bog%CA%BBcha+5&region=Fergana&page=2");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseDirectoryQuery(params)).toEqual(query);
    expect(directoryHref("uz", parseDirectoryQuery({}))).toBe("/uz/organizations");
  });
});
