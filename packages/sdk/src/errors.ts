import { ErrorDescription, isError } from "ethers";
import { contractInterface } from "./contracts.ts";
import { contractNames } from "./deployment.ts";
import { IshonchError, type ContractErrorCode } from "./error-base.ts";

export * from "./error-base.ts";

const ERROR_STRING_SELECTOR = "0x08c379a0";
const PANIC_SELECTOR = "0x4e487b71";

function decodeRevertData(data: string): IshonchError | null {
  for (const name of contractNames) {
    let parsed: ErrorDescription | null = null;
    try {
      parsed = contractInterface(name).parseError(data);
    } catch {
      parsed = null;
    }
    if (parsed && parsed.selector !== ERROR_STRING_SELECTOR && parsed.selector !== PANIC_SELECTOR) {
      const args: Record<string, unknown> = {};
      parsed.fragment.inputs.forEach((input, i) => {
        const value: unknown = parsed.args[i];
        args[input.name || String(i)] = typeof value === "bigint" ? value.toString() : value;
      });
      return new IshonchError(parsed.name as ContractErrorCode, args);
    }
  }
  if (data.startsWith(ERROR_STRING_SELECTOR) || data.startsWith(PANIC_SELECTOR)) {
    return new IshonchError("Reverted", { data });
  }
  return null;
}

/**
 * Wallets and nodes bury revert data at different depths (ethers' `data`, the wallet's
 * `error.data`, `info.error.data`, JSON-RPC `data.data`...): look everywhere, bounded.
 */
function findRevertData(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (key === "data" && typeof inner === "string" && /^0x[0-9a-fA-F]{8}/.test(inner)) {
      return inner;
    }
    const found = findRevertData(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

function hasCode(value: unknown, code: number | string, depth = 0): boolean {
  if (depth > 6 || value === null || typeof value !== "object") return false;
  const record = value as Record<string, unknown>;
  if (record.code === code) return true;
  return Object.values(record).some((inner) => hasCode(inner, code, depth + 1));
}

/** Turns anything thrown by a contract call, a wallet or a node into an IshonchError. */
export function decodeError(error: unknown): IshonchError {
  if (error instanceof IshonchError) return error;
  const cause = { cause: error };
  const data = findRevertData(error);
  const decoded = data ? decodeRevertData(data) : null;
  if (decoded) return new IshonchError(decoded.code, decoded.args, cause);
  if (isError(error, "ACTION_REJECTED") || hasCode(error, 4001)) {
    return new IshonchError("UserRejected", {}, cause);
  }
  if (isError(error, "INSUFFICIENT_FUNDS")) return new IshonchError("InsufficientFunds", {}, cause);
  if (isError(error, "NETWORK_ERROR") && /network changed/i.test(String(error.message))) {
    return new IshonchError("WrongNetwork", {}, cause);
  }
  if (
    isError(error, "NETWORK_ERROR") ||
    isError(error, "TIMEOUT") ||
    isError(error, "SERVER_ERROR") ||
    hasCode(error, "ECONNREFUSED")
  ) {
    return new IshonchError("NetworkError", {}, cause);
  }
  if (isError(error, "CALL_EXCEPTION")) return new IshonchError("Reverted", {}, cause);
  return new IshonchError("Unknown", {}, cause);
}
