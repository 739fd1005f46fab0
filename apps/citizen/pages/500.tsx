import type { PageConfig } from "next";
import { EveryLanguagePage } from "../src/shared/ui/EveryLanguagePage.tsx";
import { siteWords } from "../src/shared/ui/words.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

/** Shown for any unexpected server error, never with details: those go to the server log. */
export default function ServerErrorPage() {
  return <EveryLanguagePage code={500} words={siteWords.errorPage} />;
}
