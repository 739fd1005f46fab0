import type { TestProject } from "vitest/node";
import { postgresBinariesPresent, startCluster } from "./support/postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of a PostgreSQL server for throwaway databases; null: skip those tests. */
    postgresAdminUrl: string | null;
  }
}

/** Starts one PostgreSQL cluster for all test files (or uses TEST_DATABASE_URL). */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("postgresAdminUrl", process.env.TEST_DATABASE_URL);
    return undefined;
  }
  if (!postgresBinariesPresent()) {
    console.warn(
      "PostgreSQL binaries not found (set PG_BIN or TEST_DATABASE_URL): skipping PostgreSQL tests",
    );
    project.provide("postgresAdminUrl", null);
    return undefined;
  }
  const cluster = await startCluster();
  project.provide("postgresAdminUrl", cluster.adminUrl);
  return () => cluster.stop();
}
