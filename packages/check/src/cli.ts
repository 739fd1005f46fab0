// The independent check's command line: re-verifies answers from the chain alone, and
// compares the operator's index with the chain. Run with `pnpm --filter @ishonch/check check`.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decodeError, findDirectoryMismatches } from "@ishonch/sdk";
import { deploymentFromOptions } from "./deployment.ts";
import { compareIndexWithChain } from "./index-diff.ts";
import {
  allocationReport,
  appealReport,
  diplomaReport,
  directoryReport,
  indexReport,
  positionReport,
} from "./report.ts";
import {
  checkAllocation,
  checkAppeal,
  checkDiploma,
  checkPosition,
  connectChain,
  type ChainReader,
} from "./verify.ts";

const usage = `Usage: check <command> --rpc URL (--deployment FILE | --address Name=0x… …) [--json]
  diploma --document FILE    verify a diploma document on chain
  position --application N   recount an application's queue positions
  allocation --offer N       prove that no child was skipped for an offer
  appeal --id N              recompute an appeal's deadline from its history
  index --database URL       compare the operator's index with the chain, row by row
  directory                  compare the configured addresses with the directory's current ones
Other flags: --chain-id N, --start-block N (with --address). Exit code 1: a disagreement.`;

/** What a command found, printed as JSON or text; `agrees` decides the exit code. */
interface Outcome {
  result: unknown;
  text: string;
  agrees: boolean;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rpc: { type: "string" },
    deployment: { type: "string" },
    address: { type: "string", multiple: true, default: [] },
    "chain-id": { type: "string" },
    "start-block": { type: "string" },
    database: { type: "string" },
    document: { type: "string" },
    application: { type: "string" },
    offer: { type: "string" },
    id: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== "string" || value === "") throw new Error(`--${name} is required`);
  return value;
}

function positiveInteger(name: keyof typeof values): number {
  const value = Number(required(name));
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`--${name} must be a whole number above 0`);
  }
  return value;
}

const optionalNumber = (value: string | undefined): number | undefined =>
  value === undefined ? undefined : Number(value);

async function runCommand(command: string | undefined, chain: ChainReader): Promise<Outcome> {
  switch (command) {
    case "diploma": {
      const check = await checkDiploma(chain, readFileSync(required("document"), "utf8"));
      return { result: check, text: diplomaReport(check), agrees: check.agrees };
    }
    case "position": {
      const check = await checkPosition(chain, positiveInteger("application"));
      return { result: check, text: positionReport(check), agrees: check.agrees };
    }
    case "allocation": {
      const fairness = await checkAllocation(chain, positiveInteger("offer"));
      return { result: fairness, text: allocationReport(fairness), agrees: fairness.fair };
    }
    case "appeal": {
      const check = await checkAppeal(chain, positiveInteger("id"));
      return { result: check, text: appealReport(check), agrees: check.agrees };
    }
    case "index": {
      const deployment = chain.contracts.deployment;
      const comparison = await compareIndexWithChain(deployment, required("database"));
      return {
        result: comparison,
        text: indexReport(comparison),
        agrees: comparison.differences.length === 0,
      };
    }
    case "directory": {
      const mismatches = await findDirectoryMismatches(chain.contracts);
      return { result: mismatches, text: directoryReport(mismatches), agrees: !mismatches.length };
    }
    default:
      throw new Error(usage);
  }
}

async function main(): Promise<number> {
  const deployment = deploymentFromOptions({
    rpcUrl: required("rpc"),
    deploymentFile: values.deployment,
    addresses: values.address,
    chainId: optionalNumber(values["chain-id"]),
    startBlock: optionalNumber(values["start-block"]),
  });
  const chain = connectChain(deployment);
  try {
    const outcome = await runCommand(positionals[0], chain);
    console.log(values.json ? JSON.stringify(outcome.result, null, 2) : outcome.text);
    return outcome.agrees ? 0 : 1;
  } finally {
    chain.close();
  }
}

/** A contract's revert by its name (UnknownOffer, …); anything else by its own message. */
function errorText(error: unknown): string {
  const decoded = decodeError(error);
  if (decoded.code !== "Unknown") return decoded.message;
  return error instanceof Error ? error.message : String(error);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(errorText(error));
    process.exit(2);
  },
);
