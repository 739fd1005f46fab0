import type { TestProject } from "vitest/node";
import { POSTGRES_ADMIN_URL } from "./context.ts";
import { postgresBinariesPresent, startCluster } from "./postgres.ts";

/**
 * Starts one PostgreSQL cluster for all test files of a package (or uses TEST_DATABASE_URL):
 * name this file in the package's vitest.config.ts `globalSetup`.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide(POSTGRES_ADMIN_URL, process.env.TEST_DATABASE_URL);
    return undefined;
  }
  if (!postgresBinariesPresent()) {
    console.warn(
      "PostgreSQL binaries not found (set PG_BIN or TEST_DATABASE_URL): skipping PostgreSQL tests",
    );
    project.provide(POSTGRES_ADMIN_URL, null);
    return undefined;
  }
  const cluster = await startCluster();
  project.provide(POSTGRES_ADMIN_URL, cluster.adminUrl);
  return () => cluster.stop();
}
