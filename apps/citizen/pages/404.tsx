import type { PageConfig } from "next";
import { EveryLanguagePage } from "../src/shared/ui/EveryLanguagePage.tsx";
import { siteWords } from "../src/shared/ui/words.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

export default function NotFoundPage() {
  return <EveryLanguagePage code={404} words={siteWords.notFoundPage} />;
}
