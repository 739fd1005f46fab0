import { createRequire } from "node:module";
import { defineConfig } from "hardhat/config";
import hardhatEthers from "@nomicfoundation/hardhat-ethers";
import hardhatEthersChaiMatchers from "@nomicfoundation/hardhat-ethers-chai-matchers";
import hardhatIgnitionEthers from "@nomicfoundation/hardhat-ignition-ethers";
import hardhatMocha from "@nomicfoundation/hardhat-mocha";
import hardhatNetworkHelpers from "@nomicfoundation/hardhat-network-helpers";
import hardhatTypechain from "@nomicfoundation/hardhat-typechain";

// There is no compiler download on this network: Hardhat runs the solc that npm ships
// (soljson.js, as WASM). Both profiles must name it; `production` is what Ignition uses.
// The two profiles must resolve to the SAME compilation (settings in this key order, not
// isolated, no tool versions), or every switch between `hardhat test` (default) and
// `ignition deploy` (production) recompiles and rewrites artifacts/ while other processes
// of the test run read it (a deploy once failed on a missing artifact that way). The bytecode
// tested is then also the bytecode deployed. test/BuildProfiles.ts keeps them equal.
const require = createRequire(import.meta.url);
const solcPath = require.resolve("solc/soljson.js");
const compiler = {
  version: "0.8.37",
  path: solcPath,
  settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: "prague" },
};

// Any chain is chosen by environment only: ISHONCH_RPC_URL and ISHONCH_CHAIN_ID.
const rpcUrl = process.env.ISHONCH_RPC_URL ?? "http://127.0.0.1:8545";
const chainId = process.env.ISHONCH_CHAIN_ID ? Number(process.env.ISHONCH_CHAIN_ID) : undefined;

export default defineConfig({
  plugins: [
    hardhatEthers,
    hardhatEthersChaiMatchers,
    hardhatIgnitionEthers,
    hardhatMocha,
    hardhatNetworkHelpers,
    hardhatTypechain,
  ],
  solidity: {
    profiles: {
      default: compiler,
      production: { ...compiler, isolated: false, toolVersionsInBuildInfo: false },
    },
  },
  paths: { tests: { mocha: "test", solidity: "contracts" } },
  typechain: { outDir: "types" },
  networks: {
    localhost: { type: "http", chainType: "l1", url: rpcUrl, ...(chainId ? { chainId } : {}) },
  },
});
