// What the tests know about the running platform: set by the global setup in the
// environment, which Playwright hands to the test workers it starts afterwards.
import type { AppName, SeededDemoData } from "@ishonch/devnet";
import type { IshonchDeployment } from "@ishonch/sdk";

export { APPS as apps, type AppName } from "@ishonch/devnet";

/** What tests need to know about the running platform (JSON-safe, passed to workers). */
export interface PlatformInfo {
  rpcUrl: string;
  chainId: number;
  deploymentFile: string;
  deployment: IshonchDeployment;
  demo: Omit<SeededDemoData, "offchain">;
  appUrls: Record<AppName, string>;
  /** The platform's databases: the records (what the tests store as apps would) and the index. */
  databases: { records: string; index: string };
}

const platformEnvVar = "ISHONCH_E2E_PLATFORM";

/** Makes the platform known to the test workers, which Playwright starts after setup. */
export function publishPlatform(platform: PlatformInfo): void {
  const { rpcUrl, chainId, deploymentFile, deployment, demo, appUrls, databases } = platform;
  process.env[platformEnvVar] = JSON.stringify({
    rpcUrl,
    chainId,
    deploymentFile,
    deployment,
    demo,
    appUrls,
    databases,
  } satisfies PlatformInfo);
}

export function publishedPlatform(): PlatformInfo {
  const json = process.env[platformEnvVar];
  if (json === undefined) throw new Error(`${platformEnvVar} is not set: run through playwright`);
  return JSON.parse(json) as PlatformInfo;
}
