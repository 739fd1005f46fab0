import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A real chain: starting it, deploying and seeding take about 5 s when the contracts
    // are built, and much longer when the deployment has to compile them first.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
