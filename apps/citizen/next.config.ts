import type { NextConfig } from "next";

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
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds of one checkout live side by side (e.g. parallel work, a bench run).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Types are checked once, by `tsc --noEmit` in the test command; not again in every build.
  typescript: { ignoreBuildErrors: true },
  // The index's native driver and Prisma's runtime stay in node_modules, loaded by Node at
  // run time. They are also direct dependencies of this app, so that Node finds them from
  // .next/server under pnpm's strict layout.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/client",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
  ],
  // Workspace packages are consumed as TypeScript source.
  transpilePackages: [
    "@ishonch/sdk",
    "@ishonch/i18n",
    "@ishonch/database",
    "@ishonch/index",
    "@ishonch/records",
  ],
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
