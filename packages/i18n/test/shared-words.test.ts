// The words both apps share (contract errors, statuses, enum values, diploma fields) are
// held to the same rules as each app's own sections.
import { describe, expect, it } from "vitest";
import * as i18n from "../src/index.ts";
import { wordEntries, wordProblems, type WordTree } from "../src/index.ts";

const isWordTree = (value: unknown): value is WordTree =>
  typeof value === "object" && value !== null && [...wordEntries(value as WordTree)].length > 0;

const sections = Object.entries(i18n)
  .filter(([, value]) => isWordTree(value))
  .map(([name, tree]) => ({ name, tree: tree as WordTree }));

describe("the shared words", () => {
  it("are found: errors, statuses, diploma words", () => {
    expect(sections.map((section) => section.name)).toEqual(
      expect.arrayContaining(["errorWords", "appealStatusWords", "certificateWords"]),
    );
  });

  it.each(sections)("$name: complete, same placeholders, Uzbek written right", ({ tree }) => {
    expect(wordProblems(tree)).toEqual([]);
  });
});
