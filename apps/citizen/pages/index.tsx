import type { GetServerSideProps, PageConfig } from "next";
import { negotiateLocale } from "@ishonch/i18n";

// No client JavaScript on any page; `runtime` is there only for Next's page-config type.
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

/** `/` sends each visitor to their language (Accept-Language), Uzbek by default. */
export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  res.setHeader("Vary", "Accept-Language");
  const locale = negotiateLocale(req.headers["accept-language"]);
  return { redirect: { destination: `/${locale}`, permanent: false } };
};

export default function LanguageRedirect() {
  return null;
}
