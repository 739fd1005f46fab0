import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The index (@ishonch/index) opens SQLite or PostgreSQL through native drivers and
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
  // Workspace packages are consumed as TypeScript source. The scripts build with webpack:
  // Turbopack fails on @ishonch/index's migrate.ts, which finds its migrations folder with
  // `new URL(template, import.meta.url)` (Turbopack tries to bundle it as an asset).
  transpilePackages: ["@ishonch/sdk", "@ishonch/i18n", "@ishonch/index"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
