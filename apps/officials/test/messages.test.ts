import { describe, expect, it } from "vitest";
import { locales } from "@ishonch/i18n";
import { messagesFor, type Messages } from "../src/messages";

/** Every text of a message tree, keyed by its dotted path. */
function texts(tree: object, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [inner, text] of texts(value as object, path)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = texts(messagesFor("en") satisfies Messages);

describe.each(locales)("page text in %s", (locale) => {
  const translated = texts(messagesFor(locale));

  it("has every text, none empty, with the same placeholders as English", () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of translated) {
      expect(text.trim(), path).not.toBe("");
      expect(placeholders(text), path).toEqual(placeholders(english.get(path)!));
    }
  });
});

describe("Uzbek page text", () => {
  it("writes oʻ and gʻ with the turned comma (U+02BB), never an apostrophe", () => {
    for (const [path, text] of texts(messagesFor("uz"))) {
      expect(text, path).not.toMatch(/[oOgG]['‘’`ʼ]/);
    }
  });

  it("is actually Uzbek, not a copy of the English", () => {
    const uzbek = texts(messagesFor("uz"));
    const copied = [...uzbek].filter(
      ([path, text]) => english.get(path) === text && text.length > 12,
    );
    expect(copied).toEqual([]);
  });
});
