// The platform of one test run, started as `npm start` starts it (devnet's startPlatform),
// with free ports and a temporary folder for its deployment file, databases and logs.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseChainEngine, startPlatform } from "@ishonch/devnet";
import type { PlatformInfo } from "./platform-info";

export interface RunningPlatform extends PlatformInfo {
  /** Where the platform's files and logs are, kept until stop(). */
  runDir: string;
  stop(): Promise<void>;
}

export async function startTestPlatform(): Promise<RunningPlatform> {
  const runDir = await mkdtemp(join(tmpdir(), "ishonch-e2e-"));
  const started = Date.now();
  const platform = await startPlatform({
    stateDir: runDir,
    engine: parseChainEngine(process.env.ISHONCH_CHAIN_ENGINE),
    onStep: (step) =>
      console.log(`[platform +${((Date.now() - started) / 1000).toFixed(1)} s] ${step}`),
  }).catch(async (error: unknown) => {
    await rm(runDir, { recursive: true, force: true });
    throw error;
  });
  // The seed's off-chain records are the platform's, already in its records: not for the tests.
  const { offchain: _offchain, ...demo } = platform.demo!;
  return {
    rpcUrl: platform.rpcUrl,
    chainId: platform.chainId,
    deploymentFile: platform.deploymentFile,
    deployment: platform.deployment,
    demo,
    appUrls: platform.urls!,
    databases: platform.databases,
    runDir,
    async stop() {
      await platform.stop();
      if (process.env.ISHONCH_E2E_KEEP !== "1") await rm(runDir, { recursive: true, force: true });
    },
  };
}
