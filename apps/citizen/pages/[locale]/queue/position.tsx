import type { PageConfig } from "next";
import { PositionPage } from "../../../src/features/queue/PositionPage.tsx";
import { positionPageProps } from "../../../src/features/queue/server/position-page.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = positionPageProps;
export default PositionPage;
