import type { PageConfig } from "next";
import { DirectoryPage } from "../../../src/features/organizations/DirectoryPage.tsx";
import { directoryPageProps } from "../../../src/features/organizations/server/directory.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = directoryPageProps;
export default DirectoryPage;
