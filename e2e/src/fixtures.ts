// The test API: `platform` (URLs, deployment, demo data), `registry` (the chain, read
// through the SDK, to check what was or was not written) and `wallet` (the page's wallet).
import { test as base, expect } from "@playwright/test";
import { connectIshonch, type IshonchContracts } from "@ishonch/sdk";
import { JsonRpcProvider } from "ethers";
import { publishedPlatform, type PlatformInfo } from "./platform-info";
import { TestWallet } from "./wallet";

interface WorkerFixtures {
  platform: PlatformInfo;
  contracts: IshonchContracts;
}

interface TestFixtures {
  wallet: TestWallet;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  platform: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring.
    async ({}, use) => {
      await use(publishedPlatform());
    },
    { scope: "worker" },
  ],
  contracts: [
    async ({ platform }, use) => {
      const provider = new JsonRpcProvider(platform.rpcUrl, undefined, { staticNetwork: true });
      await use(connectIshonch(platform.deployment, provider));
      provider.destroy();
    },
    { scope: "worker" },
  ],
  wallet: async ({ page, platform }, use) => {
    await use(await TestWallet.install(page, { rpcUrl: platform.rpcUrl }));
  },
});

export { expect };
