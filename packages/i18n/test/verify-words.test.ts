import { describe, expect, it } from "vitest";
import { format, locales, verifyWordsFor } from "../src/index.ts";

/** Every string of a nested word set, by its dotted path. */
function flatten(value: unknown, path = ""): Map<string, string> {
  const entries = new Map<string, string>();
  if (typeof value === "string") return entries.set(path, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [childPath, text] of flatten(child, path ? `${path}.${key}` : key)) {
      entries.set(childPath, text);
    }
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("verifyWordsFor", () => {
  it("says every verify page text in every language, with the same placeholders", () => {
    const english = flatten(verifyWordsFor("en"));
    for (const locale of locales) {
      const words = flatten(verifyWordsFor(locale));
      expect([...words.keys()], locale).toEqual([...english.keys()]);
      for (const [path, text] of words) {
        expect(text.trim(), `${locale} ${path}`).not.toBe("");
        expect(placeholders(text), `${locale} ${path}`).toEqual(placeholders(english.get(path)!));
      }
    }
  });

  it("names the issuer and the reason in the verdict explanations", () => {
    const en = verifyWordsFor("en");
    expect(format(en.explanation.valid, { issuer: "Buxoro davlat universiteti" })).toContain(
      "issued by Buxoro davlat universiteti",
    );
    expect(
      format(verifyWordsFor("ru").explanation.revoked, { revokedAt: "1 мая", reason: "подлог" }),
    ).toBe("Этот диплом аннулирован 1 мая. Причина: подлог. Он больше не действителен.");
  });
});
