import type { PageConfig } from "next";
import { verifyPageProps } from "../../../src/features/verify/server/verify-page.ts";
import { VerifyPage } from "../../../src/features/verify/VerifyPage.tsx";

// Next's own runtime stays off; the page loads only its own small script (see scripts.ts).
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = verifyPageProps;
export default VerifyPage;
