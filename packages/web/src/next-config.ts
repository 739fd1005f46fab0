/**
 * The Next settings both apps share; each app adds its own (the citizen app its security
 * headers). Loaded by `next.config.ts`, so plain TypeScript that Node can strip: type-only
 * imports.
 */
import type { NextConfig } from "next";

export const sharedNextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds of one checkout live side by side (e.g. parallel work, a bench run).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Types are checked once, by `tsc --noEmit` in the test command; not again in every build.
  typescript: { ignoreBuildErrors: true },
  // The index and the records open SQLite or PostgreSQL through native drivers and Prisma's
  // runtime: loaded by Node from node_modules at run time instead of bundled. Next only
  // externalizes packages it can resolve from the app, hence each app lists them in its own
  // dependencies too (pnpm's strict layout).
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
    "@ishonch/web",
  ],
} satisfies NextConfig;
