import type { ContractName } from "@ishonch/sdk";
import type { Prisma } from "../generated/sqlite/client.ts";

export type Transaction = Prisma.TransactionClient;

/** A contract event as the index stores it (one row of `events`). */
export interface IndexedEvent {
  txHash: string;
  logIndex: number;
  blockNumber: number;
  blockHash: string;
  blockTimestamp: Date;
  contract: ContractName;
  name: string;
  args: Record<string, string | number | boolean>;
}

/**
 * The tables one contract's events are turned into. `apply` must be a pure function of the
 * event and the tables so far: the same code serves live indexing and replays of the stored
 * log, so both produce the same tables.
 */
export interface Projection {
  contract: ContractName;
  apply(tx: Transaction, event: IndexedEvent): Promise<void>;
  /** Its tables (Prisma models), children first: the order in which a replay empties them. */
  models: readonly ProjectedModel[];
}

/** The Prisma models of a transaction, by their client names (appeal, queueMove, …). */
export type ProjectedModel = {
  [K in keyof Transaction]: Transaction[K] extends { deleteMany(): unknown } ? K : never;
}[keyof Transaction];

/** Empties a projection's tables (before a replay). */
export async function clearProjection(tx: Transaction, projection: Projection): Promise<void> {
  for (const model of projection.models) {
    await (tx[model] as { deleteMany(): Promise<unknown> }).deleteMany();
  }
}

/** The name of a contract enum's value in an event, from the SDK's list of names. */
export function enumName(names: readonly string[], value: unknown, what: string): string {
  const name = names[Number(value)];
  if (name === undefined) throw new Error(`Unknown ${what} ${String(value)}`);
  return name;
}

/** A contract timestamp (seconds since 1970) as a date. */
export function secondsToDate(value: unknown): Date {
  return new Date(Number(value) * 1000);
}

/** Where a row came from on chain: its event's block and transaction. */
export function origin(event: IndexedEvent): { blockNumber: number; txHash: string } {
  return { blockNumber: event.blockNumber, txHash: event.txHash };
}
