// Every text of the app, section by section: each feature's words.ts is found
// here by its name, so a new section cannot escape the checks.
import { describe, expect, it } from "vitest";
import { format, wordsIn } from "@ishonch/i18n";
import { describeAppWords } from "@ishonch/i18n/word-files";
import { verifyWords } from "./features/verify/words.ts";

await describeAppWords("the citizen app's words", import.meta.dirname, [
  "features/appeals/words.ts",
  "features/check/words.ts",
  "features/home/words.ts",
  "features/organizations/words.ts",
  "features/queue/words.ts",
  "features/verify/words.ts",
  "shared/ui/words.ts",
]);

describe("the verify page's words", () => {
  it("name the issuer and the reason in the verdict explanations", () => {
    const en = wordsIn("en", verifyWords);
    expect(format(en.explanation.valid, { issuer: "Buxoro davlat universiteti" })).toContain(
      "issued by Buxoro davlat universiteti",
    );
    expect(
      format(wordsIn("ru", verifyWords).explanation.revoked, {
        revokedAt: "1 мая",
        reason: "подлог",
      }),
    ).toBe("Этот диплом аннулирован 1 мая. Причина: подлог. Он больше не действителен.");
  });
});
