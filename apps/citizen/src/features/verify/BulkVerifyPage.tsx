import { wordsIn } from "@ishonch/i18n";
import { InputField } from "../../shared/ui/Field.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { PageScript } from "./components/PageScript.tsx";
import { verifyScripts } from "./scripts.ts";
import { verifyWords } from "./words.ts";

export interface BulkPageProps {
  frame: PageFrame;
  wordsJson: string;
}

/** Many diplomas at once: a CSV of numbers or a zip of diploma files; a table and a report. */
export function BulkVerifyPage({ frame, wordsJson }: BulkPageProps) {
  const w = wordsIn(frame.locale, verifyWords);
  return (
    <Layout
      frame={frame}
      title={w.bulkTitle}
      back={
        <p>
          <a href={`/${frame.locale}/verify`}>{w.title}</a>
        </p>
      }
      lead={w.bulkIntro}
    >
      <p className="notice" id="script-needed">
        {w.scriptNeeded}
      </p>
      <section className="card" id="bulk-form" hidden>
        <InputField
          id="numbers-input"
          label={w.bulkNumbersLabel}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
        />
        <InputField
          id="documents-input"
          label={w.bulkDocumentsLabel}
          type="file"
          accept=".zip,application/zip"
        />
      </section>
      <div id="bulk-result" aria-live="polite" />
      <PageScript src={verifyScripts.bulk} wordsJson={wordsJson} />
    </Layout>
  );
}
