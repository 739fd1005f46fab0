import type { GetServerSideProps, PageConfig } from "next";
import { queueWord } from "@ishonch/i18n";
import { Layout } from "../../../src/components/Layout.tsx";
import { LookupForm } from "../../../src/queue/LookupForm.tsx";
import { pageFrame } from "../../../src/server/frame.ts";
import type { PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<{ frame: PageFrame }> = async (context) => {
  const frame = pageFrame(context);
  return frame ? { props: { frame } } : { notFound: true };
};

export default function QueueHomePage({ frame }: { frame: PageFrame }) {
  const { locale } = frame;
  const w = (word: Parameters<typeof queueWord>[1]) => queueWord(locale, word);
  const links = [
    { href: "apply", title: w("applyLink"), testId: "queue-link-apply" },
    { href: "statistics", title: w("statisticsLink"), testId: "queue-link-statistics" },
  ];
  return (
    <Layout frame={frame} title={w("title")}>
      <h1>{w("title")}</h1>
      <p className="lead">{w("intro")}</p>
      <ul className="link-cards">
        {links.map((link) => (
          <li key={link.href}>
            <a
              className="card link-card"
              href={`/${locale}/queue/${link.href}`}
              data-testid={link.testId}
            >
              <span className="link-card-title">{link.title}</span>
            </a>
          </li>
        ))}
      </ul>
      <LookupForm
        action={`/${locale}/queue/position`}
        name="number"
        label={w("positionLink")}
        button={w("lookup")}
        testId="queue-lookup"
      />
      <LookupForm
        action={`/${locale}/queue/fairness`}
        name="offer"
        label={w("fairnessLink")}
        button={w("lookup")}
        testId="queue-fairness-lookup"
      />
    </Layout>
  );
}
