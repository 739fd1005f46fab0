import type { PageConfig } from "next";
import { BulkVerifyPage } from "../../../src/features/verify/BulkVerifyPage.tsx";
import { bulkPageProps } from "../../../src/features/verify/server/verify-page.ts";

// Next's own runtime stays off; the page loads only its own script (see scripts.ts).
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = bulkPageProps;
export default BulkVerifyPage;
