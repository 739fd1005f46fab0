import type { ReactNode } from "react";
import { format } from "@ishonch/i18n";

interface ListWords {
  submit: string;
  reset: string;
  empty: string;
  shown: string;
}

/** The search form's buttons: search, and back to the unfiltered lists. */
export function SearchActions({ words }: { words: ListWords }) {
  return (
    <div className="actions">
      <button type="submit">{words.submit}</button>
      <a className="button-link" href="/">
        {words.reset}
      </a>
    </div>
  );
}

interface ResultProps {
  words: Pick<ListWords, "empty" | "shown">;
  unavailable: string;
  result: { total: number; items: readonly unknown[] } | null;
  /** The table, shown only when the index answered with at least one row (its rows are built
   * by the caller whatever the result, so they must read `result?.items ?? []`). */
  children: ReactNode;
}

/** What an index-backed list shows: the index is down, nothing matched, or the rows. */
export function IndexListResult({ words, unavailable, result, children }: ResultProps) {
  if (result === null) {
    return (
      <p className="error" role="alert">
        {unavailable}
      </p>
    );
  }
  if (result.items.length === 0) return <p className="note">{words.empty}</p>;
  return (
    <>
      <p className="note">
        {format(words.shown, { shown: result.items.length, total: result.total })}
      </p>
      {children}
    </>
  );
}
