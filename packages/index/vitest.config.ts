import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Real chains and databases: start-up and catch-up take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
