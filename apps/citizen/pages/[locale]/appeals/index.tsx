import type { PageConfig } from "next";
import { AppealsHomePage } from "../../../src/features/appeals/AppealsHomePage.tsx";
import { framePageProps } from "../../../src/shared/server/frame.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = framePageProps;
export default AppealsHomePage;
