import type { Locale } from "@ishonch/i18n";
import type { QueueApplicationRow } from "@ishonch/index";
import type { Messages } from "../../messages";
import { formatDateTime } from "../../lib/dates";
import { ClaimDecision } from "./ClaimDecision";
import { categoryLabel } from "./labels";

/** Pending priority claims of the district, each with its approve/reject form. */
export function ClaimsTable(props: {
  locale: Locale;
  messages: Messages;
  claims: QueueApplicationRow[];
}) {
  const m = props.messages.queue.claims;
  if (props.claims.length === 0) return <p className="note">{m.empty}</p>;
  return (
    <div className="table-scroll">
      <table data-testid="queue-claims">
        <thead>
          <tr>
            <th scope="col">{m.application}</th>
            <th scope="col">{m.category}</th>
            <th scope="col">{m.submittedAt}</th>
            <th scope="col">{m.kindergartens}</th>
            <th scope="col">{m.reason}</th>
          </tr>
        </thead>
        <tbody>
          {props.claims.map((claim) => (
            <tr key={claim.number} data-testid={`claim-row-${claim.number}`}>
              <th scope="row">{claim.number}</th>
              <td>{categoryLabel(props.locale, claim.claimedCategory)}</td>
              <td>{formatDateTime(props.locale, claim.submittedAt)}</td>
              <td>{claim.kindergartens.join(", ")}</td>
              <td>
                <ClaimDecision application={claim.number} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
