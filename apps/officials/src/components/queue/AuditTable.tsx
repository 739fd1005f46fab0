import { format, queueMemberStatusWords, type Locale } from "@ishonch/i18n";
import type { Messages } from "../../messages";
import type { AuditRow } from "./audit";
import { tierLabel } from "./labels";

/**
 * The queue in order, as the chain holds it: each child's tier, number and status, its
 * recounted position next to the contract's, and a mark for any child an offer skipped.
 */
export function AuditTable(props: { locale: Locale; messages: Messages; rows: AuditRow[] }) {
  const { locale, messages, rows } = props;
  const m = messages.queue;
  return (
    <div className="table-scroll">
      <table data-testid="queue-audit">
        <thead>
          <tr>
            <th scope="col">{m.audit.order}</th>
            <th scope="col">{m.audit.application}</th>
            <th scope="col">{m.audit.tier}</th>
            <th scope="col">{m.audit.seq}</th>
            <th scope="col">{m.audit.status}</th>
            <th scope="col">{m.audit.ahead}</th>
            <th scope="col">{m.audit.contractAhead}</th>
            <th scope="col">{m.audit.offer}</th>
            <th scope="col">{m.audit.check}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq} data-testid={`audit-${row.application}`}>
              <td>{row.order}</td>
              <th scope="row">{row.application}</th>
              <td>{tierLabel(m, row.tier)}</td>
              <td>{row.seq}</td>
              <td data-testid="audit-status">{queueMemberStatusWords[row.status][locale]}</td>
              <td data-testid="audit-ahead">{row.recountedAhead ?? "—"}</td>
              <td>{row.contractAhead ?? "—"}</td>
              <td>{row.offerId === 0 ? "—" : row.offerId}</td>
              <td data-testid="audit-check">
                {row.skippedBy.length > 0 ? (
                  <span className="error">
                    {format(m.audit.skipped, { offers: row.skippedBy.join(", ") })}
                  </span>
                ) : !row.positionMatches ? (
                  <span className="error">{m.audit.mismatch}</span>
                ) : (
                  m.audit.ok
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
