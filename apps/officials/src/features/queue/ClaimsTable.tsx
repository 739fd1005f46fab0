import { formatDateTime, wordsIn, type Locale } from "@ishonch/i18n";
import type { QueueApplicationRow } from "@ishonch/index";
import { DataTable } from "../../shared/ui/DataTable";
import { ClaimDecision } from "./ClaimDecision";
import { categoryLabel } from "./labels";
import { queueWords } from "./words";

/** Pending priority claims of the district, each with its approve/reject form. */
export function ClaimsTable({ locale, claims }: { locale: Locale; claims: QueueApplicationRow[] }) {
  const m = wordsIn(locale, queueWords).claims;
  if (claims.length === 0) return <p className="note">{m.empty}</p>;
  return (
    <DataTable
      testId="queue-claims"
      columns={[m.application, m.category, m.submittedAt, m.kindergartens, m.reason]}
    >
      {claims.map((claim) => (
        <tr key={claim.number} data-testid={`claim-row-${claim.number}`}>
          <th scope="row">{claim.number}</th>
          <td>{categoryLabel(locale, claim.claimedCategory)}</td>
          <td>{formatDateTime(locale, claim.submittedAt)}</td>
          <td>{claim.kindergartens.join(", ")}</td>
          <td>
            <ClaimDecision application={claim.number} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
