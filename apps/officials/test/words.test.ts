// Every text of the app, section by section: each feature's words.ts is found
// here by its name, so a new section cannot escape the checks.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { wordEntries, wordProblems } from "@ishonch/i18n";
import { wordSections } from "@ishonch/i18n/word-files";

const { files, sections } = await wordSections(join(import.meta.dirname, "../src"));

describe("the officials app's words", () => {
  it("live in one words file per feature and per shared part", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "features/appeals/words.ts",
        "features/council/words.ts",
        "features/diplomas/issued/words.ts",
        "features/diplomas/words.ts",
        "features/organizations/words.ts",
        "features/queue/words.ts",
        "shared/ui/words.ts",
        "shared/wallet/words.ts",
      ]),
    );
    for (const { name, tree } of sections) expect([...wordEntries(tree)], name).not.toEqual([]);
  });

  it.each(sections)(
    "$name: every text in all three languages, none empty, same placeholders, Uzbek oʻ and gʻ with U+02BB, Uzbek not left in English",
    ({ tree }) => {
      expect(wordProblems(tree)).toEqual([]);
    },
  );
});
