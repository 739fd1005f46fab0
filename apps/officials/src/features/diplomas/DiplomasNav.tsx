import Link from "next/link";
import { wordsIn } from "@ishonch/i18n";
import { requestLocale } from "../../shared/server/locale";
import { issuedDiplomaWords } from "./issued/words";
import { diplomaWords } from "./words";

/** The two diplomas pages: issuing, and the school's issued diplomas. */
export async function DiplomasNav() {
  const locale = await requestLocale();
  const m = wordsIn(locale, diplomaWords);
  return (
    <nav className="actions" aria-label={m.title}>
      <Link href="/diplomas">{m.homeLink}</Link>
      <Link href="/diplomas/issued">{wordsIn(locale, issuedDiplomaWords).link}</Link>
    </nav>
  );
}
