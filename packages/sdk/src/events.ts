import type { Address, ContractName, IshonchDeployment } from "./deployment.ts";
import { contractInterface } from "./contracts.ts";
import { contractNames } from "./deployment.ts";

export interface RawLog {
  address: string;
  topics: readonly string[];
  data: string;
}

/** One decoded contract event, with JSON-safe arguments (bigints as decimal strings). */
export interface DecodedEvent {
  contract: ContractName;
  address: Address;
  name: string;
  args: Record<string, string | number | boolean>;
}

function jsonSafe(value: unknown): string | number | boolean {
  if (typeof value === "bigint") {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Decodes a log emitted by one of the deployment's contracts; null for anything else. */
export function decodeLog(deployment: IshonchDeployment, log: RawLog): DecodedEvent | null {
  const contract = contractNames.find(
    (name) => deployment.contracts[name].toLowerCase() === log.address.toLowerCase(),
  );
  if (!contract) return null;
  const parsed = contractInterface(contract).parseLog({ topics: [...log.topics], data: log.data });
  if (!parsed) return null;
  const args: DecodedEvent["args"] = {};
  parsed.fragment.inputs.forEach((input, i) => {
    args[input.name || String(i)] = jsonSafe(parsed.args[i]);
  });
  return { contract, address: deployment.contracts[contract], name: parsed.name, args };
}
