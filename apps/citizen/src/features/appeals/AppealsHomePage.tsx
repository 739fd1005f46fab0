import { wordsIn } from "@ishonch/i18n";
import { Layout } from "../../shared/ui/Layout.tsx";
import { LinkCards } from "../../shared/ui/LinkCards.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { appealWords } from "./words.ts";

/** The appeals' home: file one, track one, or read the agencies' statistics. */
export function AppealsHomePage({ frame }: { frame: PageFrame }) {
  const m = wordsIn(frame.locale, appealWords);
  const base = `/${frame.locale}/appeals`;
  return (
    <Layout frame={frame} title={m.title} lead={m.intro}>
      <LinkCards
        links={[
          {
            href: `${base}/new`,
            title: m.newAppeal,
            text: m.deadlineRule,
            testId: "appeals-new-link",
          },
          { href: `${base}/track`, title: m.track, testId: "appeals-track-link" },
          { href: `${base}/statistics`, title: m.statistics, testId: "appeals-stats-link" },
        ]}
      />
    </Layout>
  );
}
