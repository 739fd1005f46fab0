import { queueOfferStatusWords, wordsIn } from "@ishonch/i18n";
import type { OfferStatusName } from "@ishonch/sdk";
import { formatCount } from "../../../shared/numbers.ts";
import { framedPage } from "../../../shared/server/frame.ts";
import type { StatisticsProps } from "../StatisticsPage.tsx";
import { ageGroupLabel } from "../view-models.ts";
import { queueErrorText } from "../views.ts";
import { queueWords } from "../words.ts";
import { loadStatistics } from "./queue.ts";

const days = (value: number | null) => (value === null ? "—" : value.toFixed(1));

/** The queue's public statistics, from the index. */
export const statisticsPageProps = framedPage<StatisticsProps>(async (_context, frame) => {
  const { locale } = frame;
  const m = wordsIn(locale, queueWords);
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
    const { applications } = statistics;
    props.totals = [
      { label: m.applicationsTotal, count: applications.total, testId: "queue-total" },
      { label: m.applicationsActive, count: applications.active, testId: "queue-active" },
      { label: m.applicationsEnrolled, count: applications.enrolled, testId: "queue-enrolled" },
    ].map(({ label, count, testId }) => ({ label, value: formatCount(locale, count), testId }));
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
});
