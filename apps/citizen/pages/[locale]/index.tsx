import type { GetServerSideProps, PageConfig } from "next";
import { appealWord, checkWord, verifyWordsFor, queueWord } from "@ishonch/i18n";
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
        <li>
          <a className="card link-card" href={`/${frame.locale}/verify`}>
            <span className="link-card-title">{verifyWordsFor(frame.locale).homeLink}</span>
            <span>{verifyWordsFor(frame.locale).homeText}</span>
          </a>
        </li>
        <li>
          <a className="card link-card" href={`/${frame.locale}/appeals`}>
            <span className="link-card-title">{appealWord(frame.locale, "homeLink")}</span>
            <span>{appealWord(frame.locale, "homeText")}</span>
          </a>
        </li>
        <li>
          <a className="card link-card" href={`/${frame.locale}/queue`}>
            <span className="link-card-title">{queueWord(frame.locale, "homeLink")}</span>
            <span>{queueWord(frame.locale, "homeText")}</span>
          </a>
        </li>
        <li>
          <a className="card link-card" href={`/${frame.locale}/check`}>
            <span className="link-card-title">{checkWord(frame.locale, "homeLink")}</span>
            <span>{checkWord(frame.locale, "homeText")}</span>
          </a>
        </li>
      </ul>
    </Layout>
  );
}
