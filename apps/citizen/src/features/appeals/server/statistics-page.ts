import { formatDateTime } from "@ishonch/i18n";
import { framedPage } from "../../../shared/server/frame.ts";
import type { StatisticsProps } from "../StatisticsPage.tsx";
import { errorText } from "../views.ts";
import { publicStatistics } from "./appeals.ts";

/** The agencies' appeals statistics from the index, at the chain's time. */
export const statisticsPageProps = framedPage<StatisticsProps>(async (_context, frame) => {
  try {
    const { stats, chainTime, blockNumber } = await publicStatistics();
    const time = formatDateTime(frame.locale, new Date(chainTime));
    return { props: { frame, stats, chainTime: time, blockNumber, error: null } };
  } catch (error) {
    const message = errorText(frame.locale, error);
    return { props: { frame, stats: [], chainTime: null, blockNumber: null, error: message } };
  }
});
