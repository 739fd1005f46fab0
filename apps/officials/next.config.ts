import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The index and the records open SQLite or PostgreSQL through native drivers and
  // Prisma's runtime: load them from node_modules at run time instead of bundling them.
  // Next only externalizes packages it can resolve from this app, hence they are listed
  // in this app's own dependencies too.
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
  poweredByHeader: false,
  // Lets two builds of one checkout live side by side (e.g. parallel work, a bench run).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Types are checked once, by `tsc --noEmit` in the test command; not again in every build.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

export default nextConfig;
