import type { ReactNode } from "react";

/** A table with its column headers, scrolling sideways on a narrow screen. */
export function DataTable(props: {
  testId?: string;
  columns: readonly ReactNode[];
  /** The rows (`<tr>`s). */
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table data-testid={props.testId}>
        <thead>
          <tr>
            {props.columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
