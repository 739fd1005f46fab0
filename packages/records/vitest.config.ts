import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One throwaway PostgreSQL cluster for every test file (@ishonch/database's test support).
    globalSetup: [createRequire(import.meta.url).resolve("@ishonch/database/testing/global-setup")],
    // Real chains and databases: start-up and catch-up take seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // The drills file alone takes most of this package's four minutes, and often runs last
    // in `npm test`: the other files then run beside it instead of after it (vitest's
    // default on two cores is one file at a time).
    maxWorkers: 2,
  },
});
