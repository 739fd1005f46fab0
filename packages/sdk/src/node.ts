/**
 * Node-only helpers: where the local platform keeps its deployment file, and the read-only
 * chain connection the servers use.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { FetchRequest, JsonRpcProvider, Network, type ContractRunner } from "ethers";
import { connectIshonch, type IshonchContracts } from "./contracts.ts";
import { parseDeployment, type IshonchDeployment } from "./deployment.ts";
import { ConfigurationError } from "./error-base.ts";

/** The monorepo's root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export function repoRoot(from: string = process.cwd()): string {
  let dir = resolve(/* turbopackIgnore: true */ from);
  while (!existsSync(/* turbopackIgnore: true */ join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new ConfigurationError(`no pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}

/** `$ISHONCH_DEPLOYMENT`, or `<repo>/.ishonch/deployment.json`. */
export function defaultDeploymentPath(): string {
  return process.env.ISHONCH_DEPLOYMENT ?? join(repoRoot(), ".ishonch", "deployment.json");
}

/** Reads and checks a deployment file; ISHONCH_RPC_URL, when set, overrides its rpcUrl. */
export function readDeploymentFile(path: string = defaultDeploymentPath()): IshonchDeployment {
  // The file is chosen at run time: keep Next's bundler from tracing the whole repository.
  if (!existsSync(/* turbopackIgnore: true */ path)) {
    throw new ConfigurationError(`no deployment file at ${path}: deploy first (npm start does it)`);
  }
  const deployment = parseDeployment(
    JSON.parse(readFileSync(/* turbopackIgnore: true */ path, "utf8")),
  );
  const rpcUrl = process.env.ISHONCH_RPC_URL;
  return rpcUrl ? { ...deployment, rpcUrl } : deployment;
}

export function writeDeploymentFile(path: string, deployment: IshonchDeployment): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(parseDeployment(deployment), null, 2)}\n`);
}

/** A server page waits at most this long for the node before it says the chain is unreachable. */
const READ_TIMEOUT_MS = 5_000;

const readProviders = new Map<string, JsonRpcProvider>();

/** One JSON-RPC provider per chain and node, reused across requests. */
function readProvider(deployment: IshonchDeployment): JsonRpcProvider {
  const key = `${deployment.chainId}@${deployment.rpcUrl}`;
  let provider = readProviders.get(key);
  if (!provider) {
    const request = new FetchRequest(deployment.rpcUrl);
    request.timeout = READ_TIMEOUT_MS;
    // The chain id comes from the deployment: no network detection, which would retry
    // forever in the background when the node is down.
    const network = Network.from(deployment.chainId);
    provider = new JsonRpcProvider(request, network, { staticNetwork: network });
    readProviders.set(key, provider);
  }
  return provider;
}

/**
 * The deployment's contracts for reading on a server, through a plain JSON-RPC provider (no
 * wallet): what a page shows comes from the chain whether or not anyone is connected.
 */
export function connectReader(deployment: IshonchDeployment): IshonchContracts {
  return connectIshonch(deployment, readProvider(deployment));
}

/** The contracts with every read pinned to one block, so a page shows one consistent state. */
export interface ChainSnapshot {
  deployment: IshonchDeployment;
  blockNumber: number;
  contracts: IshonchContracts;
}

/** A read-only connection pinned to the chain's latest block; throws when the node is down. */
export async function connectPinnedReader(deployment: IshonchDeployment): Promise<ChainSnapshot> {
  const provider = readProvider(deployment);
  // Straight to the node: ethers caches getBlockNumber for a moment, and a page rendered
  // right after a write must not show the block before it.
  const blockNumber = Number(await provider.send("eth_blockNumber", []));
  const pinned: ContractRunner = {
    provider,
    call: (transaction) => provider.call({ ...transaction, blockTag: blockNumber }),
  };
  return { deployment, blockNumber, contracts: connectIshonch(deployment, pinned) };
}
