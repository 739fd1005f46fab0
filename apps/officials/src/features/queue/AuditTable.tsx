import { format, queueMemberStatusWords, wordsIn, type Locale } from "@ishonch/i18n";
import { DataTable } from "../../shared/ui/DataTable";
import type { AuditRow } from "./audit";
import { tierLabel } from "./labels";
import { queueWords } from "./words";

/**
 * The queue in order, as the chain holds it: each child's tier, number and status, its
 * recounted position next to the contract's, and a mark for any child an offer skipped.
 */
export function AuditTable({ locale, rows }: { locale: Locale; rows: AuditRow[] }) {
  const queue = wordsIn(locale, queueWords);
  const m = queue.audit;
  return (
    <DataTable
      testId="queue-audit"
      columns={[
        m.order,
        m.application,
        m.tier,
        m.seq,
        m.status,
        m.ahead,
        m.contractAhead,
        m.offer,
        m.check,
      ]}
    >
      {rows.map((row) => (
        <tr key={row.seq} data-testid={`audit-${row.application}`}>
          <td>{row.order}</td>
          <th scope="row">{row.application}</th>
          <td>{tierLabel(queue, row.tier)}</td>
          <td>{row.seq}</td>
          <td data-testid="audit-status">{queueMemberStatusWords[row.status][locale]}</td>
          <td data-testid="audit-ahead">{row.recountedAhead ?? "—"}</td>
          <td>{row.contractAhead ?? "—"}</td>
          <td>{row.offerId === 0 ? "—" : row.offerId}</td>
          <td data-testid="audit-check">
            {row.skippedBy.length > 0 ? (
              <span className="error">
                {format(m.skipped, { offers: row.skippedBy.join(", ") })}
              </span>
            ) : !row.positionMatches ? (
              <span className="error">{m.mismatch}</span>
            ) : (
              m.ok
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
