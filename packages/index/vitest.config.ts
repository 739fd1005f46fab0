import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One throwaway PostgreSQL cluster for every test file (@ishonch/database's test support).
    globalSetup: [createRequire(import.meta.url).resolve("@ishonch/database/testing/global-setup")],
    // Real chains and databases: start-up and catch-up take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
