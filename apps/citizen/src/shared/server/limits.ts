/**
 * The citizen app's rate limits (see @ishonch/records' limitRules): each read or relayed
 * write takes from its caller's allowance first, and a relayed write is charged the gas it
 * cost, so that one address, district or agency cannot spend the relayer's day.
 */
import type { IncomingMessage } from "node:http";
import {
  admitRelayedWrite,
  chargeRelayedWrite,
  sharedRecords,
  takeFromLimit,
  type LimitName,
  type RelayedWrite,
} from "@ishonch/records";
import { clientAddress } from "@ishonch/web/client-address";
import { relayerContracts } from "./relayer.ts";

/** The caller's address, the subject of its limits (see @ishonch/web's clientAddress). */
export function requestAddress(request: IncomingMessage): string {
  const forwarded = request.headers["x-forwarded-for"];
  return clientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
  });
}

/** Takes one from the caller's allowance `limit`; throws the records' LimitReachedError. */
export async function takeRequestLimit(request: IncomingMessage, limit: LimitName): Promise<void> {
  await takeFromLimit(await sharedRecords(), limit, requestAddress(request));
}

/**
 * Runs `send` (which ends in one relayed transaction) once the write is admitted under its
 * limit and budgets, then charges the gas the transaction used.
 */
export async function relayWithinLimits<Result extends { transactionHash: string }>(
  write: RelayedWrite,
  send: () => Promise<Result>,
): Promise<Result> {
  const records = await sharedRecords();
  await admitRelayedWrite(records, write);
  const result = await send();
  const provider = (await relayerContracts()).citizenAppeals.runner?.provider;
  const receipt = await provider?.getTransactionReceipt(result.transactionHash);
  if (receipt) await chargeRelayedWrite(records, write, receipt.gasUsed);
  return result;
}
