/**
 * An app's sections of words, found by their file name (each feature's `words.ts`) so that
 * a new section cannot escape the checks. For tests, in Node: it reads the app's folder.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { wordProblems } from "./word-checks.ts";
import { wordEntries, type WordTree } from "./words.ts";

export interface WordSection {
  /** The file and the export, e.g. `features/queue/words.ts: queueWords`. */
  name: string;
  tree: WordTree;
}

/** The words files below `source` (relative, sorted) and every section they export. */
export async function wordSections(
  source: string,
): Promise<{ files: string[]; sections: WordSection[] }> {
  const files = readdirSync(source, { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)words\.ts$/.test(file))
    .sort();
  const found = await Promise.all(
    files.map(async (file) => {
      const exports = (await import(join(source, file))) as Record<string, unknown>;
      return Object.entries(exports).map(([name, tree]) => ({
        name: `${file}: ${name}`,
        tree: tree as WordTree,
      }));
    }),
  );
  return { files, sections: found.flat() };
}

/**
 * The checks every app runs on its words: the words files it must have (at least these)
 * below `source`, none without words, and every section complete in the three languages.
 */
export async function describeAppWords(
  title: string,
  source: string,
  expectedFiles: readonly string[],
): Promise<void> {
  const { files, sections } = await wordSections(source);
  describe(title, () => {
    it("live in one words file per feature and per shared part", () => {
      expect(files).toEqual(expect.arrayContaining([...expectedFiles]));
      for (const { name, tree } of sections) expect([...wordEntries(tree)], name).not.toEqual([]);
    });

    it.each(sections)(
      "$name: every text in all three languages, none empty, same placeholders, Uzbek oʻ and gʻ with U+02BB, Uzbek not left in English",
      ({ tree }) => {
        expect(wordProblems(tree)).toEqual([]);
      },
    );
  });
}
