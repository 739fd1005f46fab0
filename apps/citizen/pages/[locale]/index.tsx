import type { GetServerSideProps, PageConfig } from "next";
import { Layout } from "../../src/components/Layout.tsx";
import { messagesFor } from "../../src/i18n/messages/index.ts";
import { pageFrame } from "../../src/server/frame.ts";
import type { PageFrame } from "../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface HomeProps {
  frame: PageFrame;
}

export const getServerSideProps: GetServerSideProps<HomeProps> = async (context) => {
  const frame = pageFrame(context);
  return frame ? { props: { frame } } : { notFound: true };
};

export default function HomePage({ frame }: HomeProps) {
  const m = messagesFor(frame.locale);
  return (
    <Layout frame={frame} title={m.home.title}>
      <h1>{m.home.title}</h1>
      <p className="lead">{m.home.intro}</p>
      <ul className="link-cards">
        <li>
          <a className="card link-card" href={`/${frame.locale}/organizations`}>
            <span className="link-card-title">{m.home.directoryLink}</span>
            <span>{m.home.directoryText}</span>
          </a>
        </li>
      </ul>
    </Layout>
  );
}
