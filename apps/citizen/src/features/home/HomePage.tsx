import { wordsIn } from "@ishonch/i18n";
import { LinkCards } from "../../shared/ui/LinkCards.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { appealWords } from "../appeals/words.ts";
import { checkWords } from "../check/words.ts";
import { organizationWords } from "../organizations/words.ts";
import { queueWords } from "../queue/words.ts";
import { verifyWords } from "../verify/words.ts";
import { homeWords } from "./words.ts";

/** Each service's own words name its card. */
const services = [
  { path: "organizations", words: organizationWords },
  { path: "verify", words: verifyWords },
  { path: "appeals", words: appealWords },
  { path: "queue", words: queueWords },
  { path: "check", words: checkWords },
];

/** The home page: what the site is for, and a card for each service. */
export function HomePage({ frame }: { frame: PageFrame }) {
  const { locale } = frame;
  const m = wordsIn(locale, homeWords);
  return (
    <Layout frame={frame} title={m.title} lead={m.intro}>
      <LinkCards
        links={services.map(({ path, words }) => {
          const { homeLink, homeText } = wordsIn(locale, words);
          return { href: `/${locale}/${path}`, title: homeLink, text: homeText };
        })}
      />
    </Layout>
  );
}
