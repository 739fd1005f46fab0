/**
 * A local chain in its own process group: `hardhat node` (Hardhat's EDR) or anvil (Foundry's
 * node), two independent EVM implementations that accept the same deployment: chain 31337,
 * the same well-known development accounts.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { LOCALHOST, claimablePort, rpcChainId, waitFor } from "./net.js";
import { contractsDir, packageBin } from "./paths.js";
import { spawnGroup } from "./processes.js";

export interface LocalChain {
  rpcUrl: string;
  chainId: number;
  /** Resolves if the node exits, whether by stop() or on its own. */
  exited: Promise<number | null>;
  /** Stops the node and everything it started; nothing listens on its port afterwards. */
  stop(): Promise<void>;
}

export type ChainEngine = "hardhat" | "anvil";
export const CHAIN_ENGINES: readonly ChainEngine[] = ["hardhat", "anvil"];

export interface StartChainOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Which node runs the chain; absent: Hardhat's. */
  engine?: ChainEngine;
  /** Receives the node's log (accounts and keys, then every RPC call), e.g. for a file. */
  onOutput?: (chunk: string) => void;
}

const READY_TIMEOUT_MS = 30_000;
/** Hardhat's node has 20 accounts; the demo and the council use all of them (0-19). */
const ACCOUNT_COUNT = 20;
const CHAIN_ID = 31337;

/** The engine named by `value` (e.g. an environment variable), or an error naming both. */
export function parseChainEngine(value: string | undefined): ChainEngine {
  if (value === undefined || value === "") return "hardhat";
  if ((CHAIN_ENGINES as readonly string[]).includes(value)) return value as ChainEngine;
  throw new Error(`unknown chain engine "${value}": use one of ${CHAIN_ENGINES.join(", ")}`);
}

/**
 * anvil's native binary. The npm package `@foundry-rs/anvil` gets it from a per-platform
 * package; running that binary directly leaves no Node wrapper between us and the node.
 */
function anvilBinary(): string {
  const wrapper = createRequire(
    join(contractsDir, "node_modules", "@foundry-rs", "anvil", "package.json"),
  );
  const arch = process.arch === "x64" ? "amd64" : process.arch;
  return wrapper.resolve(`@foundry-rs/anvil-${process.platform}-${arch}/bin/anvil`);
}

function nodeCommand(engine: ChainEngine, port: number): { command: string; args: string[] } {
  if (engine === "anvil") {
    return {
      command: anvilBinary(),
      args: [
        ...["--host", LOCALHOST, "--port", `${port}`],
        ...["--accounts", `${ACCOUNT_COUNT}`, "--chain-id", `${CHAIN_ID}`],
      ],
    };
  }
  return {
    command: process.execPath,
    args: [
      packageBin(contractsDir, "hardhat", "hardhat"),
      ...["node", "--hostname", LOCALHOST, "--port", `${port}`],
    ],
  };
}

export async function startChain(options: StartChainOptions = {}): Promise<LocalChain> {
  const engine = options.engine ?? "hardhat";
  const port = await claimablePort(options.port ?? 0);
  const rpcUrl = `http://${LOCALHOST}:${port}`;
  const { command, args } = nodeCommand(engine, port);
  const node = spawnGroup(`${engine} node`, command, args, {
    cwd: contractsDir,
    onOutput: options.onOutput,
  });
  try {
    const chainId = await waitFor(
      `${engine} node on port ${port}`,
      () => rpcChainId(rpcUrl),
      node.exited,
      READY_TIMEOUT_MS,
    );
    return { rpcUrl, chainId, exited: node.exited, stop: node.stop };
  } catch (error) {
    await node.stop();
    throw new Error(`${(error as Error).message}:\n${node.outputTail()}`, { cause: error });
  }
}
