import type { GetServerSideProps, PageConfig } from "next";
import { verifyWordsFor } from "@ishonch/i18n";
import { Layout } from "../../../src/components/Layout.tsx";
import { pageFrame } from "../../../src/server/frame.ts";
import { browserWords, jsonDataBlock } from "../../../src/verify/browser-words.ts";
import { PageScript } from "../../../src/verify/components/PageScript.tsx";
import { verifyScripts } from "../../../src/verify/scripts.ts";
import type { PageFrame } from "../../../src/view-models.ts";

// Next's own runtime stays off; the page loads only its own script (see scripts.ts).
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface BulkPageProps {
  frame: PageFrame;
  wordsJson: string;
}

export const getServerSideProps: GetServerSideProps<BulkPageProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  return { props: { frame, wordsJson: jsonDataBlock(browserWords(frame.locale)) } };
};

/** Many diplomas at once: a CSV of numbers or a zip of diploma files; a table and a report. */
export default function BulkVerifyPage({ frame, wordsJson }: BulkPageProps) {
  const w = verifyWordsFor(frame.locale);
  return (
    <Layout frame={frame} title={w.bulkTitle}>
      <p>
        <a href={`/${frame.locale}/verify`}>{w.title}</a>
      </p>
      <h1>{w.bulkTitle}</h1>
      <p className="lead">{w.bulkIntro}</p>
      <p className="notice" id="script-needed">
        {w.scriptNeeded}
      </p>
      <section className="card" id="bulk-form" hidden>
        <div className="field">
          <label htmlFor="numbers-input">{w.bulkNumbersLabel}</label>
          <input id="numbers-input" type="file" accept=".csv,.txt,text/csv,text/plain" />
        </div>
        <div className="field">
          <label htmlFor="documents-input">{w.bulkDocumentsLabel}</label>
          <input id="documents-input" type="file" accept=".zip,application/zip" />
        </div>
      </section>
      <div id="bulk-result" aria-live="polite" />
      <PageScript src={verifyScripts.bulk} wordsJson={wordsJson} />
    </Layout>
  );
}
