/** Deploys Ishonch to a running chain with the Ignition modules, through Hardhat's CLI. */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContractFactory, JsonRpcProvider, type InterfaceAbi } from "ethers";
import {
  contractNames,
  parseDeployment,
  relayerSignerFromEnv,
  type Address,
  type IshonchDeployment,
} from "@ishonch/sdk";
import { writeDeploymentFile } from "@ishonch/sdk/node";
import { contractsDir, packageBin } from "./paths.js";
import { runToCompletion } from "./processes.js";

export interface DeployOptions {
  rpcUrl: string;
  /** Where to write the deployment file; nothing is written when absent. */
  deploymentFile?: string;
}

/** The platform with the deploying account's wiring roles still held (Ishonch.ts). */
const PLATFORM_MODULE = join("ignition", "modules", "Ishonch.ts");
/** The same platform followed by the hand-over to the council (Production.ts). */
const PRODUCTION_MODULE = join("ignition", "modules", "Production.ts");

/**
 * One Ignition deployment on a running chain: its journal, kept between the modules deployed
 * into it, so that a later module reuses every future an earlier one already executed.
 */
export interface IgnitionDeployment {
  deployment: IshonchDeployment;
  /** Deploys the production module into this deployment: only the hand-over is left to run. */
  handOver(): Promise<void>;
  /** Removes the journal (and parameters); the chain keeps what was deployed. */
  close(): Promise<void>;
}

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

/**
 * Deploys the platform (Ishonch.ts) and keeps its Ignition journal open for the hand-over.
 * The appeals relayer is the platform's relayer account (ISHONCH_RELAYER_KEY or the node
 * account ISHONCH_RELAYER_ACCOUNT, #19 by default) from the start, so that the deploying
 * account never holds that operational role.
 */
export async function startIgnitionDeployment({
  rpcUrl,
  deploymentFile,
}: DeployOptions): Promise<IgnitionDeployment> {
  const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  let chainId: number;
  let startBlock: number;
  let relayer: string;
  try {
    chainId = Number((await provider.getNetwork()).chainId);
    startBlock = (await provider.getBlockNumber()) + 1;
    relayer = await (await relayerSignerFromEnv(process.env, provider)).getAddress();
  } finally {
    provider.destroy();
  }

  // Ignition keeps a journal per deployment id and resumes it when the id comes back. A
  // fresh id for every deployment means that a restarted chain never meets an old journal,
  // and that several chains deploying at once never share one.
  const deploymentId = `devnet-${chainId}-${Date.now()}-${randomBytes(4).toString("hex")}`;
  const journalDir = join(contractsDir, "ignition", "deployments", deploymentId);
  // Every module deployed into the journal must see the same parameters, or Ignition refuses
  // the futures that were executed with other values.
  const parametersDir = await mkdtemp(join(tmpdir(), "ishonch-ignition-"));
  const parametersFile = join(parametersDir, "parameters.json");
  await writeFile(parametersFile, JSON.stringify({ Appeals: { relayer } }));
  const close = async () => {
    await rm(journalDir, { recursive: true, force: true });
    await rm(parametersDir, { recursive: true, force: true });
  };
  const deployModule = (modulePath: string) =>
    runToCompletion(
      "hardhat ignition deploy",
      process.execPath,
      [
        packageBin(contractsDir, "hardhat", "hardhat"),
        ...["ignition", "deploy", modulePath, "--network", "localhost"],
        ...["--deployment-id", deploymentId, "--parameters", parametersFile],
      ],
      { cwd: contractsDir, env: { ...process.env, ISHONCH_RPC_URL: rpcUrl } },
    );

  try {
    await deployModule(PLATFORM_MODULE);
    const addresses = JSON.parse(
      await readFile(join(journalDir, "deployed_addresses.json"), "utf8"),
    ) as Record<string, string>;
    const deployment = parseDeployment({
      chainId,
      rpcUrl,
      startBlock,
      contracts: Object.fromEntries(
        contractNames.map((name) => [name, addressOf(addresses, name)]),
      ),
    });
    if (deploymentFile) writeDeploymentFile(deploymentFile, deployment);
    return { deployment, handOver: () => deployModule(PRODUCTION_MODULE), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Deploys the platform and leaves the deploying account its wiring roles (registrar, admin,
 * queue settings): for tests that seed or change things as that account. The local demo uses
 * `deployDemoPlatform` (demo.ts), which ends in the production state instead.
 */
export async function deployIshonch(options: DeployOptions): Promise<IshonchDeployment> {
  const ignition = await startIgnitionDeployment(options);
  // The journal only serves to resume this very deployment, which is complete.
  await ignition.close();
  return ignition.deployment;
}

/**
 * Step 1 of upgrading the certificate registry (docs/production.md, "Upgrading a contract"):
 * a new version from the same build, deployed by any account (it needs no role), wired to the
 * deployment's access manager and organization registry. Returns its address; making it the
 * current version is the council's decision.
 */
export async function deployCertificateRegistryVersion(
  rpcUrl: string,
  deployment: IshonchDeployment,
  deployerIndex: number,
): Promise<Address> {
  const artifactFile = join(
    contractsDir,
    "artifacts/contracts/certificates/CertificateRegistry.sol/CertificateRegistry.json",
  );
  const artifact = JSON.parse(await readFile(artifactFile, "utf8")) as {
    abi: InterfaceAbi;
    bytecode: string;
  };
  const provider = new JsonRpcProvider(rpcUrl, deployment.chainId, { staticNetwork: true });
  try {
    const { IshonchAccessManager, OrganizationRegistry } = deployment.contracts;
    const signer = await provider.getSigner(deployerIndex);
    const factory = new ContractFactory(artifact.abi, artifact.bytecode, signer);
    const registry = await factory.deploy(IshonchAccessManager, OrganizationRegistry);
    await registry.waitForDeployment();
    return (await registry.getAddress()) as Address;
  } finally {
    provider.destroy();
  }
}
