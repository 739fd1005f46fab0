import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // The attack tests start a real chain and seed the demo data: seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
