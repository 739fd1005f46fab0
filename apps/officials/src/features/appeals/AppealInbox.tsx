import Link from "next/link";
import { appealStatusWords, format, formatDateTime, wordsIn, type Locale } from "@ishonch/i18n";
import type { AppealRow, Page } from "@ishonch/index";
import type { AppealStatusName } from "@ishonch/sdk";
import { DataTable } from "../../shared/ui/DataTable";
import { appealTypeText } from "./appeal-type";
import styles from "./appeals.module.css";
import { deadlineStanding } from "./deadline";
import { DeadlineText } from "./DeadlineText";
import { appealPath } from "./paths";
import { appealWords } from "./words";

/**
 * An agency's open appeals from the index, nearest deadline first, overdue ones marked by
 * the chain's clock. Each row links to the appeal, whose page re-reads it from the chain.
 */
export function AppealInbox(props: {
  agencyId: number;
  result: Page<AppealRow>;
  chainNow: Date;
  locale: Locale;
}) {
  const { locale } = props;
  const m = wordsIn(locale, appealWords).table;
  if (props.result.items.length === 0) return <p className="note">{m.empty}</p>;
  return (
    <>
      <p className="source">
        {format(m.shown, { shown: props.result.items.length, total: props.result.total })}
      </p>
      <DataTable
        testId="appeals-inbox"
        columns={[m.id, m.type, m.status, m.received, m.deadline, m.left]}
      >
        {props.result.items.map((row) => {
          const standing = deadlineStanding(row.deadline, props.chainNow, row.answeredAt !== null);
          return (
            <tr
              key={row.id}
              data-testid={`appeal-row-${row.id}`}
              className={standing.kind === "overdue" ? styles.overdueRow : undefined}
            >
              <th scope="row">
                <Link
                  href={appealPath(row.id, props.agencyId)}
                  aria-label={format(m.open, { id: row.id })}
                >
                  № {row.id}
                </Link>
                {row.escalatedFrom !== null && (
                  <p className="hint">{format(m.escalatedFrom, { id: row.escalatedFrom })}</p>
                )}
              </th>
              <td>{appealTypeText(locale, row.appealType)}</td>
              <td>
                {standing.kind === "overdue"
                  ? appealStatusWords.Overdue[locale]
                  : (appealStatusWords[row.status as AppealStatusName]?.[locale] ?? row.status)}
              </td>
              <td>{formatDateTime(locale, row.receivedAt)}</td>
              <td>{formatDateTime(locale, row.deadline)}</td>
              <td>
                <DeadlineText standing={standing} locale={locale} />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
