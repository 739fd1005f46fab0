import type { GetServerSideProps, PageConfig } from "next";
import { appealWord } from "@ishonch/i18n";
import type { AgencyAppealStats } from "@ishonch/index";
import { Layout } from "../../../src/components/Layout.tsx";
import { AppealsChart } from "../../../src/appeals/chart.tsx";
import { publicStatistics } from "../../../src/appeals/server.ts";
import { errorText } from "../../../src/appeals/views.ts";
import { formatDateTime } from "../../../src/server/format.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import type { PageFrame } from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

interface StatisticsProps {
  frame: PageFrame;
  stats: AgencyAppealStats[];
  chainTime: string | null;
  blockNumber: number | null;
  error: string | null;
}

export const getServerSideProps: GetServerSideProps<StatisticsProps> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  try {
    const { stats, chainTime, blockNumber } = await publicStatistics();
    return {
      props: {
        frame,
        stats,
        chainTime: formatDateTime(frame.locale, new Date(chainTime)),
        blockNumber,
        error: null,
      },
    };
  } catch (error) {
    return {
      props: {
        frame,
        stats: [],
        chainTime: null,
        blockNumber: null,
        error: errorText(frame.locale, error),
      },
    };
  }
};

const days = (seconds: number | null) => (seconds === null ? "—" : (seconds / 86_400).toFixed(1));

export default function StatisticsPage({
  frame,
  stats,
  chainTime,
  blockNumber,
  error,
}: StatisticsProps) {
  const w = (word: Parameters<typeof appealWord>[1], v?: Record<string, unknown>) =>
    appealWord(frame.locale, word, v);
  return (
    <Layout frame={frame} title={w("statsTitle")}>
      <h1>{w("statsTitle")}</h1>
      <p className="lead">{w("statsIntro")}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {w("indexUnavailable")} {error}
        </p>
      )}
      {chainTime && (
        <p className="muted">{w("fromChain", { block: blockNumber, time: chainTime })}</p>
      )}
      {stats.length === 0 && !error && <p>{w("noStats")}</p>}
      {stats.length > 0 && (
        <>
          <AppealsChart
            stats={stats}
            labels={{
              title: w("chartLabel"),
              answeredOnTime: w("answeredOnTime"),
              answeredLate: w("answeredLate"),
              overdue: w("overdue"),
              pending: w("pending"),
            }}
          />
          <table data-testid="appeals-stats">
            <thead>
              <tr>
                <th scope="col">{w("agency")}</th>
                <th scope="col">{w("received")}</th>
                <th scope="col">{w("answeredOnTime")}</th>
                <th scope="col">{w("answeredLate")}</th>
                <th scope="col">{w("overdue")}</th>
                <th scope="col">{w("medianDays")}</th>
              </tr>
            </thead>
            <tbody>
              {stats.map((row) => (
                <tr key={row.agencyId} data-agency-id={row.agencyId}>
                  <th scope="row">{row.agencyName}</th>
                  <td data-column="received">{row.received}</td>
                  <td data-column="answeredOnTime">{row.answeredOnTime}</td>
                  <td data-column="answeredLate">{row.answeredLate}</td>
                  <td data-column="overdue">{row.overdue}</td>
                  <td data-column="median">{days(row.medianAnswerSeconds)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Layout>
  );
}
