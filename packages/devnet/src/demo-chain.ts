/**
 * What most package tests start from: a new local chain, the platform deployed on it (its
 * deployment file in a temporary folder) and the demo data seeded, without records, index
 * or apps (startPlatform starts those).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonRpcProvider } from "ethers";
import type { IshonchDeployment } from "@ishonch/sdk";
import { startChain, type ChainEngine, type LocalChain } from "./chain.js";
import { deployIshonch } from "./deploy.js";
import { seedDemoData, type SeededDemoData } from "./seed.js";

export interface DemoChain {
  chain: LocalChain;
  deployment: IshonchDeployment;
  demo: SeededDemoData;
  /** The temporary folder that holds deployment.json; the caller may write beside it. */
  workDir: string;
  /** A provider of the chain (static network). */
  provider: JsonRpcProvider;
  /** Stops the chain and removes the folder. */
  stop(): Promise<void>;
}

/**
 * `name` names the temporary folder (ishonch-<name>-…), to tell tests' leftovers apart; the
 * chain is Hardhat's node unless `engine` says anvil.
 */
export async function startDemoChain(
  name: string,
  { engine }: { engine?: ChainEngine } = {},
): Promise<DemoChain> {
  const workDir = mkdtempSync(join(tmpdir(), `ishonch-${name}-`));
  const chain = await startChain({ engine });
  try {
    const deployment = await deployIshonch({
      rpcUrl: chain.rpcUrl,
      deploymentFile: join(workDir, "deployment.json"),
    });
    const demo = await seedDemoData(deployment, chain.rpcUrl);
    const provider = new JsonRpcProvider(chain.rpcUrl, deployment.chainId, {
      staticNetwork: true,
    });
    return {
      chain,
      deployment,
      demo,
      workDir,
      provider,
      async stop() {
        provider.destroy();
        await chain.stop();
        rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await chain.stop();
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}
