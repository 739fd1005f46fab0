import type { GetServerSideProps, PageConfig } from "next";
import { negotiateLocale } from "@ishonch/i18n";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

/**
 * `/verify` is what a diploma's QR code opens (`<base>/verify#<id>.<key>`): it sends the
 * reader to the verify page in their language. Browsers keep the fragment across a redirect
 * without one, so the key still never reaches the server.
 */
export const getServerSideProps: GetServerSideProps = async ({ req, res, resolvedUrl }) => {
  res.setHeader("Vary", "Accept-Language");
  const locale = negotiateLocale(req.headers["accept-language"]);
  const query = resolvedUrl.includes("?") ? resolvedUrl.slice(resolvedUrl.indexOf("?")) : "";
  return { redirect: { destination: `/${locale}/verify${query}`, permanent: false } };
};

export default function VerifyRedirect() {
  return null;
}
