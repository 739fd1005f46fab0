import type { ReactNode } from "react";
import { wordsIn, type Locale } from "@ishonch/i18n";
import { DataTable } from "../../shared/ui/DataTable";
import { IndexListResult, SearchActions } from "../../shared/ui/IndexList";
import { sharedWords } from "../../shared/ui/words";

interface ListWords {
  heading: string;
  search: string;
  submit: string;
  reset: string;
  empty: string;
  shown: string;
}

/**
 * One of the main page's lists from the index: its search form (a plain GET form that
 * works without JavaScript), then the rows that match, or why there are none.
 */
export function SearchableList(props: {
  locale: Locale;
  /** Prefix of the heading's id and the table's test id (`<id>-list`). */
  id: string;
  words: ListWords;
  /** The form's fields, and hidden copies of the other list's search. */
  filters: ReactNode;
  columns: readonly ReactNode[];
  result: { total: number; items: readonly unknown[] } | null;
  /** The table's rows (built whatever the result: read `result?.items ?? []`). */
  children: ReactNode;
}) {
  const { words: m } = props;
  const index = wordsIn(props.locale, sharedWords).index;
  return (
    <section className="panel" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>
        {m.heading} <span className="badge index">{index.badge}</span>
      </h2>
      <form method="get" className="search" role="search" aria-label={m.search}>
        {props.filters}
        <SearchActions words={m} />
      </form>
      <IndexListResult words={m} unavailable={index.unavailable} result={props.result}>
        <DataTable testId={`${props.id}-list`} columns={props.columns}>
          {props.children}
        </DataTable>
      </IndexListResult>
    </section>
  );
}
