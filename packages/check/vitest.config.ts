import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A real chain, deployment, seed and index: seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
