import type { PageConfig } from "next";
import { HomePage } from "../../src/features/home/HomePage.tsx";
import { framePageProps } from "../../src/shared/server/frame.ts";

// No client JavaScript on any page; `runtime` is there only for Next's page-config type.
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = framePageProps;
export default HomePage;
