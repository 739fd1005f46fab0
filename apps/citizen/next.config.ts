import type { NextConfig } from "next";
import { sharedNextConfig } from "@ishonch/web/next-config";

/**
 * Every page is server-rendered and ships no JavaScript (`unstable_runtimeJS: false` in
 * each page), so the policy can forbid scripts outright: a guarantee, not a convention.
 * `next dev` needs its own scripts, hence production only.
 */
const securityPolicy = (scriptSrc: string) =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
const contentSecurityPolicy = securityPolicy("'none'");
/**
 * The diploma check is the one page that needs a script (camera, photo, decryption in the
 * browser): its own bundle and the QR reader chunk it loads, from public/scripts, nothing
 * inline. Listed after the general rule, so it wins on these paths only.
 */
const verifyPagePolicy = securityPolicy("'self'");

const nextConfig: NextConfig = {
  ...sharedNextConfig,
  async headers() {
    if (process.env.NODE_ENV !== "production") return [];
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
      {
        source: "/:locale(uz|ru|en)/verify/:page*",
        headers: [{ key: "Content-Security-Policy", value: verifyPagePolicy }],
      },
    ];
  },
};

export default nextConfig;
