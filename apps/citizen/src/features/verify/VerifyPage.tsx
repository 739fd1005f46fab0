import { wordsIn } from "@ishonch/i18n";
import { InputField } from "../../shared/ui/Field.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { PageScript } from "./components/PageScript.tsx";
import { VerifyOutcomePanel } from "./components/VerifyOutcomePanel.tsx";
import { MAX_NUMBER_LENGTH, MAX_SERIES_LENGTH } from "./number-query.ts";
import { verifyScripts } from "./scripts.ts";
import type { VerifyOutcome } from "./verdict-view.ts";
import { verifyWords } from "./words.ts";

export interface VerifyPageProps {
  frame: PageFrame;
  series: string;
  number: string;
  /** The answer to a typed series and number, rendered on the server. */
  outcome: VerifyOutcome | null;
  wordsJson: string;
}

/** A diploma checked by its QR code, a photo of it, its file, or its series and number. */
export function VerifyPage({ frame, series, number, outcome, wordsJson }: VerifyPageProps) {
  const w = wordsIn(frame.locale, verifyWords);
  return (
    <Layout frame={frame} title={w.title} lead={w.intro}>
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
        <InputField id="photo-input" label={w.photoLabel} type="file" accept="image/*" />
      </section>

      <section className="card" id="document-section" aria-labelledby="document-heading" hidden>
        <h2 id="document-heading">{w.fileHeading}</h2>
        <InputField
          id="document-input"
          label={w.fileLabel}
          type="file"
          accept=".json,application/json"
        />
      </section>

      <section className="card" aria-labelledby="number-heading">
        <h2 id="number-heading">{w.numberHeading}</h2>
        <p className="muted">{w.numberPrivacy}</p>
        <form method="get" action={`/${frame.locale}/verify`} className="search">
          <InputField
            id="series"
            label={w.seriesLabel}
            name="series"
            defaultValue={series}
            maxLength={MAX_SERIES_LENGTH}
            autoCapitalize="characters"
          />
          <InputField
            id="number"
            label={w.numberLabel}
            name="number"
            defaultValue={number}
            maxLength={MAX_NUMBER_LENGTH}
            inputMode="numeric"
          />
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
