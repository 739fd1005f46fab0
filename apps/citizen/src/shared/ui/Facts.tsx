import { Fragment, type ReactNode } from "react";

/** One fact of a list: its name, its value, and hooks for styling and tests. */
export interface Fact {
  label: ReactNode;
  value: ReactNode;
  testId?: string;
  /** A class for the value, e.g. `hash` for a transaction. */
  className?: string;
  /** Data attributes for the value, e.g. `{ "data-status": "Active" }`. */
  data?: Record<`data-${string}`, string>;
}

/** A list of facts (a `<dl>`); facts given as `false` or `null` are left out. */
export function Facts(props: {
  facts: readonly (Fact | false | null)[];
  className?: string;
  testId?: string;
  label?: string;
}) {
  return (
    <dl
      className={props.className ? `facts ${props.className}` : "facts"}
      data-testid={props.testId}
      aria-label={props.label}
    >
      {props.facts.map(
        (fact, index) =>
          fact && (
            <Fragment key={index}>
              <dt>{fact.label}</dt>
              <dd className={fact.className} data-testid={fact.testId} {...fact.data}>
                {fact.value}
              </dd>
            </Fragment>
          ),
      )}
    </dl>
  );
}

/** A transaction hash or a contract address, as code that may break anywhere. */
export function Hash(props: { testId?: string; children: ReactNode }) {
  return (
    <code className="hash" data-testid={props.testId}>
      {props.children}
    </code>
  );
}
