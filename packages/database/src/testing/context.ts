// What the global setup hands to the test files (vitest's provide/inject).
declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of a PostgreSQL server for throwaway databases; null: skip those tests. */
    postgresAdminUrl: string | null;
  }
}

export const POSTGRES_ADMIN_URL = "postgresAdminUrl";
