import { describe, expect, it } from "vitest";
import { wordProblems, wordsIn, type WordTree } from "../src/index.ts";

const section = {
  title: { uz: "Bogʻcha navbati", ru: "Очередь в детский сад", en: "Kindergarten queue" },
  seats: {
    left: { uz: "{count} ta oʻrin", ru: "{count} мест", en: "{count} seats" },
  },
} satisfies WordTree;

describe("wordsIn", () => {
  it("picks one language, keeping the section's names", () => {
    expect(wordsIn("ru", section)).toEqual({
      title: "Очередь в детский сад",
      seats: { left: "{count} мест" },
    });
    expect(wordsIn("uz", section).seats.left).toBe("{count} ta oʻrin");
  });

  it("hands out the same object for the same section and language", () => {
    expect(wordsIn("en", section)).toBe(wordsIn("en", section));
  });
});

describe("wordProblems", () => {
  it("finds nothing wrong in a good section", () => {
    expect(wordProblems(section)).toEqual([]);
  });

  it("names each kind of mistake with the text's path", () => {
    const bad = {
      empty: { uz: " ", ru: "Да", en: "Yes" },
      group: { placeholder: { uz: "{n} ta", ru: "{count} шт.", en: "{count} items" } },
      apostrophe: { uz: "Bog'cha", ru: "Сад", en: "Kindergarten" },
      copied: { uz: "Read from the chain", ru: "Из блокчейна", en: "Read from the chain" },
    } satisfies WordTree;
    expect(wordProblems(bad)).toEqual([
      "empty: empty in uz",
      "group.placeholder: placeholders of uz differ from English",
      "apostrophe: oʻ or gʻ with an apostrophe",
      "copied: Uzbek is a copy of the English",
    ]);
  });
});
