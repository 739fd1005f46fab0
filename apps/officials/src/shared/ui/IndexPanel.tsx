import type { ReactNode } from "react";
import { wordsIn, type Locale } from "@ishonch/i18n";
import { sharedWords } from "./words";

/**
 * A panel of rows read from the index: its heading with the index's badge, then what
 * `children` make of the rows, or that the index cannot be read now (`rows` is null).
 */
export function IndexPanel<Rows>(props: {
  locale: Locale;
  /** The heading's id (the panel is labelled by it). */
  id: string;
  heading: ReactNode;
  rows: Rows | null;
  /** Said when the index cannot be read; the shared words by default. */
  unavailable?: string;
  /** Between the heading and the rows. */
  note?: ReactNode;
  children: (rows: Rows) => ReactNode;
}) {
  const m = wordsIn(props.locale, sharedWords).index;
  return (
    <section className="panel" aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.heading} <span className="badge index">{m.badge}</span>
      </h2>
      {props.note}
      {props.rows === null ? (
        <p className="error" role="alert">
          {props.unavailable ?? m.unavailable}
        </p>
      ) : (
        props.children(props.rows)
      )}
    </section>
  );
}
