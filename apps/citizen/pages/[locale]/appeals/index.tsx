import type { GetServerSideProps, PageConfig } from "next";
import { appealWord } from "@ishonch/i18n";
import { Layout } from "../../../src/components/Layout.tsx";
import { pageFrame } from "../../../src/server/frame.ts";
import type { PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface AppealsHomeProps {
  frame: PageFrame;
}

export const getServerSideProps: GetServerSideProps<AppealsHomeProps> = async (context) => {
  const frame = pageFrame(context);
  return frame ? { props: { frame } } : { notFound: true };
};

export default function AppealsHomePage({ frame }: AppealsHomeProps) {
  const w = (word: Parameters<typeof appealWord>[1]) => appealWord(frame.locale, word);
  const base = `/${frame.locale}/appeals`;
  return (
    <Layout frame={frame} title={w("title")}>
      <h1>{w("title")}</h1>
      <p className="lead">{w("intro")}</p>
      <ul className="link-cards">
        <li>
          <a className="card link-card" href={`${base}/new`} data-testid="appeals-new-link">
            <span className="link-card-title">{w("newAppeal")}</span>
            <span>{w("deadlineRule")}</span>
          </a>
        </li>
        <li>
          <a className="card link-card" href={`${base}/track`} data-testid="appeals-track-link">
            <span className="link-card-title">{w("track")}</span>
          </a>
        </li>
        <li>
          <a
            className="card link-card"
            href={`${base}/statistics`}
            data-testid="appeals-stats-link"
          >
            <span className="link-card-title">{w("statistics")}</span>
          </a>
        </li>
      </ul>
    </Layout>
  );
}
