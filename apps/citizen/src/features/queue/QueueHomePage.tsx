import { wordsIn } from "@ishonch/i18n";
import { Layout } from "../../shared/ui/Layout.tsx";
import { LinkCards } from "../../shared/ui/LinkCards.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { LookupForm } from "./LookupForm.tsx";
import { queueWords } from "./words.ts";

/** The queue's home: apply, the statistics, and a look-up by application or offer number. */
export function QueueHomePage({ frame }: { frame: PageFrame }) {
  const { locale } = frame;
  const m = wordsIn(locale, queueWords);
  const base = `/${locale}/queue`;
  return (
    <Layout frame={frame} title={m.title} lead={m.intro}>
      <LinkCards
        links={[
          { href: `${base}/apply`, title: m.applyLink, testId: "queue-link-apply" },
          { href: `${base}/statistics`, title: m.statisticsLink, testId: "queue-link-statistics" },
        ]}
      />
      <LookupForm locale={locale} page="position" label={m.positionLink} />
      <LookupForm locale={locale} page="fairness" label={m.fairnessLink} />
    </Layout>
  );
}
