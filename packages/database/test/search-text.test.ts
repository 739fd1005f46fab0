import { describe, expect, test } from "vitest";
import { foldForSearch } from "../src/index.ts";

describe("foldForSearch", () => {
  test("folds case in Latin, Cyrillic (Uzbek letters too) and Russian", () => {
    expect(foldForSearch("TOSHKENT")).toBe("toshkent");
    expect(foldForSearch("ЎЗБЕКИСТОН ҚИШЛОҚ ҒАЛЛА ҲОКИМИЯТ")).toBe(
      "ўзбекистон қишлоқ ғалла ҳокимият",
    );
    expect(foldForSearch("ТАШКЕНТСКИЙ")).toBe("ташкентский");
  });

  test("treats the Uzbek apostrophe's keyboard variants alike", () => {
    const spellings = ["Oʻzbekiston", "O‘zbekiston", "O’zbekiston", "O'zbekiston", "O`zbekiston"];
    expect(new Set(spellings.map(foldForSearch))).toEqual(new Set(["o'zbekiston"]));
  });

  test("leaves no LIKE wildcard in a search and collapses spaces", () => {
    expect(foldForSearch("  100%_school\\  ")).toBe("100 school");
  });
});
