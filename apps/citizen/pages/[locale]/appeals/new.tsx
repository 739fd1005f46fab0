import type { PageConfig } from "next";
import { NewAppealPage } from "../../../src/features/appeals/NewAppealPage.tsx";
import { newAppealPageProps } from "../../../src/features/appeals/server/new-appeal-page.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = newAppealPageProps;
export default NewAppealPage;
