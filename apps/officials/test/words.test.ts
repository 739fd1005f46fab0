// Every text of the app, section by section: each feature's words.ts is found
// here by its name, so a new section cannot escape the checks.
import { join } from "node:path";
import { describeAppWords } from "@ishonch/i18n/word-files";

await describeAppWords("the officials app's words", join(import.meta.dirname, "../src"), [
  "features/appeals/words.ts",
  "features/council/words.ts",
  "features/diplomas/issued/words.ts",
  "features/diplomas/words.ts",
  "features/organizations/words.ts",
  "features/queue/words.ts",
  "features/session/words.ts",
  "shared/ui/words.ts",
  "shared/wallet/words.ts",
]);
