import type { PageConfig } from "next";
import { CheckPage } from "../../../src/features/check/CheckPage.tsx";
import { checkPageProps } from "../../../src/features/check/server/check-page.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = checkPageProps;
export default CheckPage;
