import type { PageConfig } from "next";
import { QueueHomePage } from "../../../src/features/queue/QueueHomePage.tsx";
import { framePageProps } from "../../../src/shared/server/frame.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = framePageProps;
export default QueueHomePage;
