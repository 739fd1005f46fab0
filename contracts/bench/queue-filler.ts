// The benchmark-only filler contract: compiled here with the solc that npm ships (the same
// compiler and settings as hardhat.config.ts) so that it never enters the project's build,
// its artifacts, the typechain types or the SDK's generated ABIs.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ContractFactory, type Contract, type InterfaceAbi, type Signer } from "ethers";
import solc from "solc";

/** Most applications one fill transaction submits: about 250,000 gas each. */
export const APPLICATIONS_PER_FILL = 60;
/** The gas a fill transaction is sent with: under the 16,777,216 a transaction may use
 * (EIP-7825). Giving it spares the chain a gas estimation of every fill. */
export const FILL_GAS_LIMIT = 16_000_000n;

interface CompiledContract {
  abi: InterfaceAbi;
  evm: { bytecode: { object: string } };
}

/** The filler's source, by its path in this package (imports resolve from here too). */
const FILLER = "bench/QueueFiller.sol";
const packageRoot = new URL("../", import.meta.url);

const require = createRequire(import.meta.url);

/** A source of this package (the filler, the interfaces it imports) or of a dependency. */
function readSource(path: string): string {
  const file = path.startsWith("@") ? require.resolve(path) : new URL(path, packageRoot);
  return readFileSync(file, "utf8");
}

/** Compiles QueueFiller.sol and deploys it from `deployer`. */
export async function deployQueueFiller(deployer: Signer): Promise<Contract> {
  const input = {
    language: "Solidity",
    sources: { [FILLER]: { content: readSource(FILLER) } },
    settings: {
      evmVersion: "prague",
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { "*": { QueueFiller: ["abi", "evm.bytecode.object"] } },
    },
  };
  const imports = { import: (path: string) => ({ contents: readSource(path) }) };
  const output = JSON.parse(solc.compile(JSON.stringify(input), imports)) as {
    contracts?: Record<string, { QueueFiller: CompiledContract }>;
    errors?: { severity: string; formattedMessage: string }[];
  };
  const errors = (output.errors ?? []).filter((error) => error.severity === "error");
  if (errors.length > 0 || !output.contracts) {
    throw new Error(errors.map((error) => error.formattedMessage).join("\n"));
  }
  const { abi, evm } = output.contracts[FILLER]!.QueueFiller;
  const factory = new ContractFactory(abi, evm.bytecode.object, deployer);
  const filler = await factory.deploy();
  await filler.waitForDeployment();
  return filler as Contract;
}
