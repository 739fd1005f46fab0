import type { GetServerSideProps, PageConfig } from "next";
import { verifyWordsFor } from "@ishonch/i18n";
import { Layout } from "../../../src/components/Layout.tsx";
import { pageFrame } from "../../../src/server/frame.ts";
import { browserWords, jsonDataBlock } from "../../../src/verify/browser-words.ts";
import { PageScript } from "../../../src/verify/components/PageScript.tsx";
import { VerifyOutcomePanel } from "../../../src/verify/components/VerifyOutcomePanel.tsx";
import {
  MAX_NUMBER_LENGTH,
  MAX_SERIES_LENGTH,
  parseNumberQuery,
} from "../../../src/verify/number-query.ts";
import { verifyScripts } from "../../../src/verify/scripts.ts";
import { checkNumber } from "../../../src/verify/server/check.ts";
import { outcomeStatus } from "../../../src/verify/server/api.ts";
import { problemOutcome, type VerifyOutcome } from "../../../src/verify/verdict-view.ts";
import type { PageFrame } from "../../../src/view-models.ts";

// Next's own runtime stays off; the page loads only its own small script (see scripts.ts).
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface VerifyPageProps {
  frame: PageFrame;
  series: string;
  number: string;
  /** The answer to a typed series and number, rendered on the server. */
  outcome: VerifyOutcome | null;
  wordsJson: string;
}

export const getServerSideProps: GetServerSideProps<VerifyPageProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const query = parseNumberQuery(context.query);
  let outcome: VerifyOutcome | null = null;
  if (query.kind === "incomplete") outcome = problemOutcome(frame.locale, "numberMissing");
  if (query.kind === "complete")
    outcome = await checkNumber(frame.locale, query.series, query.number);
  if (outcome) context.res.statusCode = outcomeStatus(outcome);
  // A verdict may change at any block: never cached.
  context.res.setHeader("Cache-Control", "no-store");
  return {
    props: {
      frame,
      series: query.kind === "none" ? "" : query.series,
      number: query.kind === "none" ? "" : query.number,
      outcome,
      wordsJson: jsonDataBlock(browserWords(frame.locale)),
    },
  };
};

export default function VerifyPage({ frame, series, number, outcome, wordsJson }: VerifyPageProps) {
  const w = verifyWordsFor(frame.locale);
  return (
    <Layout frame={frame} title={w.title}>
      <h1>{w.title}</h1>
      <p className="lead">{w.intro}</p>
      <p className="notice" id="script-needed">
        {w.scriptNeeded}
      </p>
      <div id="verify-result" aria-live="polite">
        {outcome && <VerifyOutcomePanel outcome={outcome} evidenceHeading={w.evidenceHeading} />}
      </div>
      <div id="verify-holder" />

      <section className="card" id="scan-section" aria-labelledby="scan-heading" hidden>
        <h2 id="scan-heading">{w.scanHeading}</h2>
        <p className="muted">{w.scanHint}</p>
        <button type="button" id="scan-toggle">
          {w.scanStart}
        </button>
        <video id="scan-video" className="scan-video" muted playsInline hidden />
      </section>

      <section className="card" id="photo-section" aria-labelledby="photo-heading" hidden>
        <h2 id="photo-heading">{w.photoHeading}</h2>
        <div className="field">
          <label htmlFor="photo-input">{w.photoLabel}</label>
          <input id="photo-input" type="file" accept="image/*" />
        </div>
      </section>

      <section className="card" id="document-section" aria-labelledby="document-heading" hidden>
        <h2 id="document-heading">{w.fileHeading}</h2>
        <div className="field">
          <label htmlFor="document-input">{w.fileLabel}</label>
          <input id="document-input" type="file" accept=".json,application/json" />
        </div>
      </section>

      <section className="card" aria-labelledby="number-heading">
        <h2 id="number-heading">{w.numberHeading}</h2>
        <p className="muted">{w.numberPrivacy}</p>
        <form method="get" action={`/${frame.locale}/verify`} className="search">
          <div className="field">
            <label htmlFor="series">{w.seriesLabel}</label>
            <input
              id="series"
              name="series"
              defaultValue={series}
              maxLength={MAX_SERIES_LENGTH}
              autoCapitalize="characters"
            />
          </div>
          <div className="field">
            <label htmlFor="number">{w.numberLabel}</label>
            <input
              id="number"
              name="number"
              defaultValue={number}
              maxLength={MAX_NUMBER_LENGTH}
              inputMode="numeric"
            />
          </div>
          <div className="actions">
            <button type="submit">{w.numberSubmit}</button>
          </div>
        </form>
      </section>

      <p>
        <a href={`/${frame.locale}/verify/bulk`}>{w.bulkLink}</a>
      </p>

      <PageScript src={verifyScripts.verify} wordsJson={wordsJson} />
    </Layout>
  );
}
