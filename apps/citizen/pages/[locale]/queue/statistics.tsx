import type { GetServerSideProps, PageConfig } from "next";
import { queueOfferStatusWords, queueWord } from "@ishonch/i18n";
import type { OfferStatusName } from "@ishonch/sdk";
import { Layout } from "../../../src/components/Layout.tsx";
import { BarChart, type Bar } from "../../../src/queue/charts.tsx";
import { ageGroupLabel } from "../../../src/queue/view-models.ts";
import { loadStatistics } from "../../../src/queue/server.ts";
import { queueErrorText } from "../../../src/queue/views.ts";
import { formatCount } from "../../../src/server/format.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import type { PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface LengthRow {
  district: string;
  kindergarten: string;
  ageGroup: string;
  capacity: number;
  waiting: number;
  seatsReleased: number;
}

interface StatisticsProps {
  frame: PageFrame;
  totals: { label: string; value: string; testId: string }[];
  lengths: LengthRow[];
  waitingTimes: { district: string; enrolled: number; median: string; average: string }[];
  offers: Bar[];
  error: string | null;
}

export const getServerSideProps: GetServerSideProps<StatisticsProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const { locale } = frame;
  const props: StatisticsProps = {
    frame,
    totals: [],
    lengths: [],
    waitingTimes: [],
    offers: [],
    error: null,
  };
  try {
    const { statistics, names, ageGroups } = await loadStatistics();
    const days = (value: number | null) => (value === null ? "—" : value.toFixed(1));
    const { applications } = statistics;
    props.totals = [
      {
        label: queueWord(locale, "applicationsTotal"),
        value: formatCount(locale, applications.total),
        testId: "queue-total",
      },
      {
        label: queueWord(locale, "applicationsActive"),
        value: formatCount(locale, applications.active),
        testId: "queue-active",
      },
      {
        label: queueWord(locale, "applicationsEnrolled"),
        value: formatCount(locale, applications.enrolled),
        testId: "queue-enrolled",
      },
    ];
    props.lengths = statistics.lengths.map((row) => ({
      district: names[row.district] ?? `#${row.district}`,
      kindergarten: row.kindergartenName,
      ageGroup: ageGroupLabel(locale, ageGroups, row.ageGroup),
      capacity: row.capacity,
      waiting: row.waiting,
      seatsReleased: row.seatsReleased,
    }));
    props.waitingTimes = statistics.waitingTimes.map((row) => ({
      district: row.districtName,
      enrolled: row.enrolled,
      median: days(row.medianDays),
      average: days(row.averageDays),
    }));
    props.offers = Object.entries(statistics.offersByStatus).map(([status, count]) => ({
      label: queueOfferStatusWords[status as OfferStatusName]?.[locale] ?? status,
      value: count,
    }));
  } catch (error) {
    props.error = queueErrorText(locale, error);
  }
  return { props };
};

export default function StatisticsPage({
  frame,
  totals,
  lengths,
  waitingTimes,
  offers,
  error,
}: StatisticsProps) {
  const { locale } = frame;
  const w = (word: Parameters<typeof queueWord>[1]) => queueWord(locale, word);
  const busiest = lengths.filter((row) => row.waiting > 0);
  return (
    <Layout frame={frame} title={w("statisticsTitle")}>
      <h1>{w("statisticsTitle")}</h1>
      <p className="muted">{w("statisticsHint")}</p>
      {error && (
        <div className="notice notice-error" role="alert" data-testid="queue-error">
          <p>{error}</p>
        </div>
      )}
      <dl className="facts card">
        {totals.map((total) => (
          <div key={total.testId}>
            <dt>{total.label}</dt>
            <dd data-testid={total.testId}>{total.value}</dd>
          </div>
        ))}
      </dl>
      <section className="card">
        <h2>{w("queueLengths")}</h2>
        <BarChart
          title={w("queueLengths")}
          testId="queue-lengths-chart"
          bars={busiest.map((row) => ({
            label: `${row.ageGroup} · ${row.kindergarten}`,
            value: row.waiting,
            behind: row.capacity,
          }))}
        />
        <table data-testid="queue-lengths">
          <thead>
            <tr>
              <th>{w("district")}</th>
              <th>{w("kindergarten")}</th>
              <th>{w("ageGroup")}</th>
              <th>{w("capacity")}</th>
              <th>{w("waiting")}</th>
              <th>{w("seatsReleased")}</th>
            </tr>
          </thead>
          <tbody>
            {lengths.map((row) => (
              <tr key={`${row.kindergarten}-${row.ageGroup}`}>
                <td>{row.district}</td>
                <td>{row.kindergarten}</td>
                <td>{row.ageGroup}</td>
                <td>{row.capacity}</td>
                <td>{row.waiting}</td>
                <td>{row.seatsReleased}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>{w("waitingTimes")}</h2>
        <table data-testid="queue-waiting-times">
          <thead>
            <tr>
              <th>{w("district")}</th>
              <th>{w("applicationsEnrolled")}</th>
              <th>{w("medianDays")}</th>
              <th>{w("averageDays")}</th>
            </tr>
          </thead>
          <tbody>
            {waitingTimes.map((row) => (
              <tr key={row.district}>
                <td>{row.district}</td>
                <td>{row.enrolled}</td>
                <td>{row.median}</td>
                <td>{row.average}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>{w("offersByStatus")}</h2>
        <BarChart title={w("offersByStatus")} testId="queue-offers-chart" bars={offers} />
      </section>
    </Layout>
  );
}
