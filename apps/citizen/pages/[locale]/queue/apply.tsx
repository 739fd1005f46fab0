import type { PageConfig } from "next";
import { ApplyPage } from "../../../src/features/queue/ApplyPage.tsx";
import { applyPageProps } from "../../../src/features/queue/server/apply-page.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = applyPageProps;
export default ApplyPage;
