// End-to-end tests of both apps' production builds against a fresh local chain, in
// Debian's Chromium. Run with `pnpm turbo run e2e` (builds the apps first) or, with the
// apps built, `pnpm --filter @ishonch/e2e e2e`. ISHONCH_E2E_KEEP=1 keeps the run's logs.
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./src/browser";

export default defineConfig({
  testDir: "./tests",
  // The fuzz of the apps' HTTP entry points asks nothing of the chain engine: it runs once,
  // on Hardhat's node, not again on anvil.
  testIgnore: process.env.ISHONCH_CHAIN_ENGINE === "anvil" ? ["**/fuzz.spec.ts"] : [],
  globalSetup: "./src/global-setup.ts",
  // One chain and one index are shared by all tests: run them one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: process.env.CI !== undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions,
    locale: "en-US",
    // Snapshots and sources, without the screencast: its frames cost a third of the run's CPU.
    trace: { mode: "retain-on-failure", screenshots: false },
  },
});
