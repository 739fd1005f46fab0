// What the apps read: opening the index and its search queries. Writing the index
// (migrations, the follower) is `@ishonch/index/indexer`, kept apart so that the apps'
// bundles never pull in the migrator or the chain follower.
export {
  openIndex,
  closeIndex,
  defaultDatabaseUrl,
  type IndexDatabase,
  type DatabaseProvider,
} from "./database.ts";
export {
  searchOrganizations,
  getOrganizationRow,
  searchStaff,
  organizationsOfAccount,
  indexHead,
  type OrganizationRow,
  type StaffRow,
  type Page,
  type OrganizationSearch,
  type StaffSearch,
} from "./queries.ts";
export * from "./appeal-queries.ts";
export * from "./queue-queries.ts";
export * from "./certificate-queries.ts";
