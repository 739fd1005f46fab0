import type { PageConfig } from "next";
import { FairnessPage } from "../../../src/features/queue/FairnessPage.tsx";
import { fairnessPageProps } from "../../../src/features/queue/server/fairness-page.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = fairnessPageProps;
export default FairnessPage;
