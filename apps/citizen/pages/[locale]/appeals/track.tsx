import type { PageConfig } from "next";
import { trackPageProps } from "../../../src/features/appeals/server/track-page.ts";
import { TrackPage } from "../../../src/features/appeals/TrackPage.tsx";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = trackPageProps;
export default TrackPage;
