import type { StatusView } from "../view-models.ts";

/** An organization's status in words, with a colour and a border that do not carry meaning alone. */
export function StatusBadge({ status }: { status: StatusView }) {
  return (
    <span
      className={`badge badge-${status.name.toLowerCase()}`}
      data-testid="org-status"
      data-status={status.name}
    >
      {status.label}
    </span>
  );
}
