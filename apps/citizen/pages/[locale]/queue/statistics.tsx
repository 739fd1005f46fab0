import type { PageConfig } from "next";
import { statisticsPageProps } from "../../../src/features/queue/server/statistics-page.ts";
import { StatisticsPage } from "../../../src/features/queue/StatisticsPage.tsx";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = statisticsPageProps;
export default StatisticsPage;
