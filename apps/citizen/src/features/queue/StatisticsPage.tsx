import { wordsIn } from "@ishonch/i18n";
import { CellRow, DataTable } from "@ishonch/web/DataTable";
import { Facts } from "../../shared/ui/Facts.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import { ErrorNotice } from "../../shared/ui/Notice.tsx";
import type { PageFrame } from "../../shared/view-models.ts";
import { BarChart, type Bar } from "./charts.tsx";
import { queueWords } from "./words.ts";

interface LengthRow {
  district: string;
  kindergarten: string;
  ageGroup: string;
  capacity: number;
  waiting: number;
  seatsReleased: number;
}

export interface StatisticsProps {
  frame: PageFrame;
  totals: { label: string; value: string; testId: string }[];
  lengths: LengthRow[];
  waitingTimes: { district: string; enrolled: number; median: string; average: string }[];
  offers: Bar[];
  error: string | null;
}

/** How long the queues are, how long children wait, how offers end: from the index. */
export function StatisticsPage(props: StatisticsProps) {
  const { frame, totals, lengths, waitingTimes, offers, error } = props;
  const m = wordsIn(frame.locale, queueWords);
  const busiest = lengths.filter((row) => row.waiting > 0);
  return (
    <Layout frame={frame} title={m.statisticsTitle}>
      <p className="muted">{m.statisticsHint}</p>
      {error && <ErrorNotice testId="queue-error" message={error} />}
      <Facts className="card" facts={totals} />
      <section className="card">
        <h2>{m.queueLengths}</h2>
        <BarChart
          title={m.queueLengths}
          testId="queue-lengths-chart"
          bars={busiest.map((row) => ({
            label: `${row.ageGroup} · ${row.kindergarten}`,
            value: row.waiting,
            behind: row.capacity,
          }))}
        />
        <DataTable
          testId="queue-lengths"
          columns={[m.district, m.kindergarten, m.ageGroup, m.capacity, m.waiting, m.seatsReleased]}
        >
          {lengths.map((row) => (
            <CellRow
              key={`${row.kindergarten}-${row.ageGroup}`}
              cells={[
                row.district,
                row.kindergarten,
                row.ageGroup,
                row.capacity,
                row.waiting,
                row.seatsReleased,
              ]}
            />
          ))}
        </DataTable>
      </section>
      <section className="card">
        <h2>{m.waitingTimes}</h2>
        <DataTable
          testId="queue-waiting-times"
          columns={[m.district, m.applicationsEnrolled, m.medianDays, m.averageDays]}
        >
          {waitingTimes.map((row) => (
            <CellRow
              key={row.district}
              cells={[row.district, row.enrolled, row.median, row.average]}
            />
          ))}
        </DataTable>
      </section>
      <section className="card">
        <h2>{m.offersByStatus}</h2>
        <BarChart title={m.offersByStatus} testId="queue-offers-chart" bars={offers} />
      </section>
    </Layout>
  );
}
