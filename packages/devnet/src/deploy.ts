/** Deploys Ishonch to a running chain with the Ignition module, through Hardhat's CLI. */
import { randomBytes } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { JsonRpcProvider } from "ethers";
import { contractNames, parseDeployment, type IshonchDeployment } from "@ishonch/sdk";
import { writeDeploymentFile } from "@ishonch/sdk/node";
import { contractsDir, packageBin } from "./paths.js";
import { runToCompletion } from "./processes.js";

export interface DeployOptions {
  rpcUrl: string;
  /** Where to write the deployment file; nothing is written when absent. */
  deploymentFile?: string;
}

const MODULE_PATH = join("ignition", "modules", "Ishonch.ts");

/**
 * A contract's address among Ignition's `deployed_addresses.json`, keyed `<module>#<name>`:
 * by name alone, so that moving a contract to another submodule changes nothing here.
 */
function addressOf(addresses: Record<string, string>, contractName: string): string | undefined {
  const matches = Object.entries(addresses).filter(([futureId]) =>
    futureId.endsWith(`#${contractName}`),
  );
  if (matches.length > 1) {
    throw new Error(`the deployment holds ${matches.length} contracts named ${contractName}`);
  }
  return matches[0]?.[1];
}

export async function deployIshonch({
  rpcUrl,
  deploymentFile,
}: DeployOptions): Promise<IshonchDeployment> {
  const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  let chainId: number;
  let startBlock: number;
  try {
    chainId = Number((await provider.getNetwork()).chainId);
    startBlock = (await provider.getBlockNumber()) + 1;
  } finally {
    provider.destroy();
  }

  // Ignition keeps a journal per deployment id and resumes it when the id comes back. A
  // fresh id for every deployment means that a restarted chain never meets an old journal,
  // and that several chains deploying at once never share one.
  const deploymentId = `devnet-${chainId}-${Date.now()}-${randomBytes(4).toString("hex")}`;
  const journalDir = join(contractsDir, "ignition", "deployments", deploymentId);
  await runToCompletion(
    "hardhat ignition deploy",
    process.execPath,
    [
      packageBin(contractsDir, "hardhat", "hardhat"),
      "ignition",
      "deploy",
      MODULE_PATH,
      "--network",
      "localhost",
      "--deployment-id",
      deploymentId,
    ],
    { cwd: contractsDir, env: { ...process.env, ISHONCH_RPC_URL: rpcUrl } },
  );

  const addresses = JSON.parse(
    await readFile(join(journalDir, "deployed_addresses.json"), "utf8"),
  ) as Record<string, string>;
  // The journal only serves to resume this very deployment, which is complete.
  await rm(journalDir, { recursive: true, force: true });

  const deployment = parseDeployment({
    chainId,
    rpcUrl,
    startBlock,
    contracts: Object.fromEntries(contractNames.map((name) => [name, addressOf(addresses, name)])),
  });
  if (deploymentFile) writeDeploymentFile(deploymentFile, deployment);
  return deployment;
}
