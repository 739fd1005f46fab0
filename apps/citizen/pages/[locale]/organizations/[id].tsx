import type { PageConfig } from "next";
import { OrganizationPage } from "../../../src/features/organizations/OrganizationPage.tsx";
import { organizationPageProps } from "../../../src/features/organizations/server/organization.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = organizationPageProps;
export default OrganizationPage;
