import type { ComponentProps } from "react";
import { DataTable as Table } from "@ishonch/web/DataTable";

/** A table with its column headers, scrolling sideways on a narrow screen. */
export function DataTable(props: ComponentProps<typeof Table>) {
  return (
    <div className="table-scroll">
      <Table {...props} />
    </div>
  );
}
