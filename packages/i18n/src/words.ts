/**
 * The one layout of every text the apps show: a section of words per file, each text in
 * Uzbek (Latin), Russian and English side by side (`Words`), grouped by name. A section
 * declared `satisfies WordTree` cannot leave out a language: the type checker refuses it.
 * Placeholders are `{name}`, filled by `format`.
 */
import { locales, type Locale, type Words } from "./locales.ts";

/** Texts by name, each in every language, nested in groups. */
export interface WordTree {
  readonly [name: string]: Words | WordTree;
}

/** A section in one language: the same names, one string for each text. */
export type InLocale<T> = {
  readonly [K in keyof T]: T[K] extends Words
    ? string
    : T[K] extends Words | undefined
      ? string | undefined
      : InLocale<T[K]>;
};

function isWords(value: Words | WordTree): value is Words {
  return locales.every((locale) => typeof (value as Partial<Words>)[locale] === "string");
}

function pick<T extends WordTree>(locale: Locale, tree: T): InLocale<T> {
  const texts: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(tree)) {
    texts[name] = isWords(value) ? value[locale] : pick(locale, value);
  }
  return texts as InLocale<T>;
}

// Sections are module constants: each is picked once per language, then shared.
const picked = new WeakMap<WordTree, Partial<Record<Locale, unknown>>>();

/** A section's texts in one language (plain JSON: it may be handed to a client component). */
export function wordsIn<T extends WordTree>(locale: Locale, tree: T): InLocale<T> {
  const byLocale = picked.get(tree) ?? {};
  picked.set(tree, byLocale);
  byLocale[locale] ??= pick(locale, tree);
  return byLocale[locale] as InLocale<T>;
}

/** Every text of a section with its dotted name, for checks that walk all of them. */
export function* wordEntries(tree: WordTree, prefix = ""): Generator<[string, Words]> {
  for (const [name, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof value !== "object" || value === null) continue;
    if (isWords(value)) yield [path, value];
    else yield* wordEntries(value, path);
  }
}
