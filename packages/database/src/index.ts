// What every database of Ishonch shares: the kind of database a URL names, Prisma's driver
// adapter for it, and the text folding that makes search agree on SQLite and PostgreSQL.
// Migrations (`@ishonch/database/migrate`) and client generation (`/generate`) are apart,
// so that the apps' bundles never pull them in.
export {
  databaseUrlFromEnv,
  providerOf,
  sqlitePath,
  type DatabaseLocation,
  type DatabaseProvider,
} from "./url.ts";
export { driverAdapter, type AdapterOptions } from "./adapter.ts";
export { foldForSearch } from "./search-text.ts";
export type { Page } from "./page.ts";
