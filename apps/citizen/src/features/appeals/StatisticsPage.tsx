import { format, wordsIn } from "@ishonch/i18n";
import type { AgencyAppealStats } from "@ishonch/index";
import { DataTable } from "@ishonch/web/DataTable";
import { Layout } from "../../shared/ui/Layout.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { AppealsChart } from "./chart.tsx";
import { appealWords } from "./words.ts";

export interface StatisticsProps {
  frame: PageFrame;
  stats: AgencyAppealStats[];
  chainTime: string | null;
  blockNumber: number | null;
  error: string | null;
}

const days = (seconds: number | null) => (seconds === null ? "—" : (seconds / 86_400).toFixed(1));

/**
 * Each agency's appeals: received, answered on time or late, overdue, forwarded to another
 * agency (so passing appeals on does not hide beside answering them), the median answer.
 */
export function StatisticsPage({ frame, stats, chainTime, blockNumber, error }: StatisticsProps) {
  const m = wordsIn(frame.locale, appealWords);
  return (
    <Layout frame={frame} title={m.statsTitle} lead={m.statsIntro}>
      {error && (
        <p className="notice notice-error" role="alert">
          {m.indexUnavailable} {error}
        </p>
      )}
      {chainTime && (
        <p className="muted">{format(m.fromChain, { block: blockNumber, time: chainTime })}</p>
      )}
      {stats.length === 0 && !error && <p>{m.noStats}</p>}
      {stats.length > 0 && (
        <>
          <AppealsChart
            stats={stats}
            labels={{
              title: m.chartLabel,
              answeredOnTime: m.answeredOnTime,
              answeredLate: m.answeredLate,
              overdue: m.overdue,
              pending: m.pending,
            }}
          />
          <DataTable
            testId="appeals-stats"
            columns={[
              m.agency,
              m.received,
              m.answeredOnTime,
              m.answeredLate,
              m.overdue,
              m.forwarded,
              m.medianDays,
            ]}
          >
            {stats.map((row) => (
              <tr key={row.agencyId} data-agency-id={row.agencyId}>
                <th scope="row">{row.agencyName}</th>
                <td data-column="received">{row.received}</td>
                <td data-column="answeredOnTime">{row.answeredOnTime}</td>
                <td data-column="answeredLate">{row.answeredLate}</td>
                <td data-column="overdue">{row.overdue}</td>
                <td data-column="forwarded">{row.forwarded}</td>
                <td data-column="median">{days(row.medianAnswerSeconds)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </Layout>
  );
}
