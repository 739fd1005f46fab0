/**
 * The contracts' TypeScript tests against a real node over JSON-RPC, e.g. anvil: the same
 * suite that `hardhat test` runs in process on Hardhat's EDR, here on a second, independent
 * EVM. Usage: `contract-tests [hardhat|anvil]` (default: anvil). Solidity tests always run in
 * Hardhat's own runner and are not repeated here.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { parseChainEngine, startChain } from "./chain.js";
import { contractsDir, packageBin } from "./paths.js";
import { runToCompletion } from "./processes.js";

/** Must match TEST_DEPLOYMENT_PREFIX in contracts/test/fixtures.ts. */
const TEST_DEPLOYMENT_PREFIX = "contract-test-";

async function removeTestJournals(): Promise<void> {
  const deploymentsDir = join(contractsDir, "ignition", "deployments");
  const entries = await readdir(deploymentsDir).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((name) => name.startsWith(TEST_DEPLOYMENT_PREFIX))
      .map((name) => rm(join(deploymentsDir, name), { recursive: true, force: true })),
  );
}

const engine = parseChainEngine(process.argv[2] ?? "anvil");
const chain = await startChain({ engine });
const started = Date.now();
let exitCode = 0;
try {
  console.log(`contract tests on ${engine} at ${chain.rpcUrl}`);
  await runToCompletion(
    "hardhat test mocha",
    process.execPath,
    [packageBin(contractsDir, "hardhat", "hardhat"), "test", "mocha", "--network", "localhost"],
    {
      cwd: contractsDir,
      env: { ...process.env, ISHONCH_RPC_URL: chain.rpcUrl },
      onOutput: (chunk) => process.stdout.write(chunk),
    },
  );
} catch (error) {
  console.error((error as Error).message.split("\n")[0]);
  exitCode = 1;
} finally {
  await chain.stop();
  await removeTestJournals();
}
console.log(`contract tests on ${engine}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);
