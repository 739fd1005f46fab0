import type { ReactNode } from "react";

/**
 * A table with its column headers; the rows (`<tr>`s) are the children. A null column is
 * the empty corner above rows that have their own headers.
 */
export function DataTable(props: {
  testId?: string;
  className?: string;
  columns: readonly ReactNode[];
  children: ReactNode;
}) {
  return (
    <table className={props.className} data-testid={props.testId}>
      <thead>
        <tr>
          {props.columns.map((column, index) =>
            column === null ? (
              <td key={index} />
            ) : (
              <th key={index} scope="col">
                {column}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}

/** A row of plain cells, one `<td>` a value. */
export function CellRow(props: { cells: readonly ReactNode[] }) {
  return (
    <tr>
      {props.cells.map((cell, index) => (
        <td key={index}>{cell}</td>
      ))}
    </tr>
  );
}
