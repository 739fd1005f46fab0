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
    <Layout frame={frame} title={m.title}>
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <LinkCards
        links={[
          { href: `${base}/apply`, title: m.applyLink, testId: "queue-link-apply" },
          { href: `${base}/statistics`, title: m.statisticsLink, testId: "queue-link-statistics" },
        ]}
      />
      <LookupForm
        action={`${base}/position`}
        name="number"
        label={m.positionLink}
        button={m.lookup}
        testId="queue-lookup"
      />
      <LookupForm
        action={`${base}/fairness`}
        name="offer"
        label={m.fairnessLink}
        button={m.lookup}
        testId="queue-fairness-lookup"
      />
    </Layout>
  );
}
