/**
 * An app's sections of words, found by their file name (each feature's `words.ts`) so that
 * a new section cannot escape the checks. For tests, in Node: it reads the app's folder.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { WordTree } from "./words.ts";

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
