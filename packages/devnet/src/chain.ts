/** A local chain: `hardhat node` (Hardhat's EDR) in its own process group. */
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

export interface StartChainOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Receives the node's log (accounts and keys, then every RPC call), e.g. for a file. */
  onOutput?: (chunk: string) => void;
}

const READY_TIMEOUT_MS = 30_000;

export async function startChain(options: StartChainOptions = {}): Promise<LocalChain> {
  const port = await claimablePort(options.port ?? 0);
  const rpcUrl = `http://${LOCALHOST}:${port}`;
  const hardhat = packageBin(contractsDir, "hardhat", "hardhat");
  const node = spawnGroup(
    "hardhat node",
    process.execPath,
    [hardhat, "node", "--hostname", LOCALHOST, "--port", `${port}`],
    { cwd: contractsDir, onOutput: options.onOutput },
  );
  try {
    const chainId = await waitFor(
      `hardhat node on port ${port}`,
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
