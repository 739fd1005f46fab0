/**
 * What every section of words must get right, checked by each package's tests over all of
 * its sections: the type checker sees that every language is there, not what it says.
 */
import { locales } from "./locales.ts";
import { wordEntries, type WordTree } from "./words.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** An apostrophe-like sign after o or g: Uzbek writes oʻ and gʻ with U+02BB. */
const uzbekApostrophe = /[oOgG]['‘’`ʼ]/;

/** Longer English texts are sentences that Uzbek cannot share word for word. */
const COPY_MIN_LENGTH = 13;

/**
 * The problems of a section, one line each (none when all is well): an empty text, a
 * placeholder that one language has and another lacks, an Uzbek oʻ or gʻ written with an
 * apostrophe, an Uzbek sentence left in English.
 */
export function wordProblems(tree: WordTree): string[] {
  const problems: string[] = [];
  for (const [path, words] of wordEntries(tree)) {
    const english = JSON.stringify(placeholders(words.en));
    for (const locale of locales) {
      const text = words[locale];
      if (text.trim() === "") problems.push(`${path}: empty in ${locale}`);
      if (JSON.stringify(placeholders(text)) !== english) {
        problems.push(`${path}: placeholders of ${locale} differ from English`);
      }
    }
    if (uzbekApostrophe.test(words.uz)) problems.push(`${path}: oʻ or gʻ with an apostrophe`);
    if (words.uz === words.en && words.en.length >= COPY_MIN_LENGTH) {
      problems.push(`${path}: Uzbek is a copy of the English`);
    }
  }
  return problems;
}
