import { Hash } from "../../../shared/ui/Facts.tsx";
import type { VerifyOutcome } from "../verdict-view.ts";

/**
 * A verdict with its evidence, or why there is none. The page's script builds the same
 * markup (src/features/verify/browser/render.ts) for the checks it runs in the browser.
 */
export function VerifyOutcomePanel({
  outcome,
  evidenceHeading,
}: {
  outcome: VerifyOutcome;
  evidenceHeading: string;
}) {
  if (outcome.kind === "problem") {
    return (
      <p
        className="notice notice-error"
        role="alert"
        data-testid="verify-problem"
        data-problem={outcome.problem}
      >
        {outcome.message}
      </p>
    );
  }
  const { verdict } = outcome;
  return (
    <section
      className={`card verdict verdict-${verdict.status}`}
      data-testid="verdict"
      data-status={verdict.status}
      aria-labelledby="verdict-title"
    >
      <h2 id="verdict-title">{verdict.title}</h2>
      <p>{verdict.explanation}</p>
      {verdict.facts.length > 0 && (
        <>
          <h3>{evidenceHeading}</h3>
          <dl className="facts">
            {verdict.facts.map((fact) => (
              <div key={fact.name}>
                <dt>{fact.label}</dt>
                <dd data-fact={fact.name}>{fact.hash ? <Hash>{fact.value}</Hash> : fact.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
