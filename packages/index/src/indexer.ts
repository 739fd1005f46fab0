import { contractNames, decodeLog, type IshonchDeployment } from "@ishonch/sdk";
import type { IndexDatabase } from "./database.ts";
import {
  applyEvent,
  clearProjections,
  rebuildProjections,
  type IndexedEvent,
  type Transaction,
} from "./projections/index.ts";
import { RpcClient, sleep, type BlockHeader } from "./rpc.ts";

export interface IndexerProgress {
  /** The last block whose events are all in the index. */
  processedBlock: number;
  headBlock: number;
  blocksBehind: number;
  /** Events written since this run started, and their rate. */
  eventsIndexed: number;
  eventsPerSecond: number;
  caughtUp: boolean;
}

export interface RunIndexerOptions {
  db: IndexDatabase;
  deployment: IshonchDeployment;
  /** Defaults to the deployment's rpcUrl. */
  rpcUrl?: string;
  /** Wait between polls once caught up. Default 1000 ms. */
  pollIntervalMs?: number;
  /** Most blocks fetched and written in one transaction. Default 500. */
  batchBlocks?: number;
  /** Stops the indexer after the range being written (never half-way through one). */
  signal?: AbortSignal;
  /** Return once the index has reached the chain's head, instead of following it. */
  stopAtHead?: boolean;
  onProgress?: (progress: IndexerProgress) => void;
  /** Warnings: RPC retries, reorganisations, resets. Default: console.error. */
  log?: (message: string) => void;
}

/** Hashes of indexed blocks are kept this far below the newest for finding a common ancestor. */
const reorgWindowBlocks = 10_000;
/** Block headers fetched per JSON-RPC batch request. */
const headerBatchSize = 100;
/** Rebuilding projections can take a while on a big log; the default 5 s is for requests. */
const transactionOptions = { maxWait: 30_000, timeout: 600_000 };

interface Checkpoint {
  blockNumber: number;
  blockHash: string;
}

/** One block range read from the chain, consistent with a single chain state. */
interface FetchedRange {
  to: BlockHeader;
  events: IndexedEvent[];
  /** Headers of `to` and of every block holding an event, for reorg detection. */
  headers: BlockHeader[];
}

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Follows every event of every contract of the deployment into the index, from the
 * deployment's start block, one block range per database transaction: after a crash the
 * index holds whole ranges only, and a restart resumes after the last one. Before each
 * range the last indexed block is checked against the chain; after a reorganisation the
 * index rolls back to the common ancestor. RPC failures are retried forever (and logged).
 * Resolves when `signal` aborts, or at the chain's head with `stopAtHead`.
 */
export async function runIndexer(options: RunIndexerOptions): Promise<IndexerProgress | null> {
  const { db, deployment, signal, onProgress, stopAtHead = false } = options;
  const { pollIntervalMs = 1_000, batchBlocks = 500, log = console.error } = options;
  const rpc = new RpcClient({
    url: options.rpcUrl ?? deployment.rpcUrl,
    signal,
    onRetry: (method, attempt, error, delayMs) =>
      log(
        `RPC ${method} failed (attempt ${attempt}): ${errorMessage(error)}; retry in ${delayMs} ms`,
      ),
  });
  const started = Date.now();
  let eventsIndexed = 0;
  let progress: IndexerProgress | null = null;
  try {
    await resetIfOtherDeployment(db, deployment, log);
    for (;;) {
      signal?.throwIfAborted();
      const head = await rpc.blockNumber();
      const checkpoint = await readCheckpoint(db);
      const from = checkpoint ? checkpoint.blockNumber + 1 : deployment.startBlock;
      let processedBlock = from - 1;
      if (from <= head) {
        const to = Math.min(head, from + batchBlocks - 1);
        const range = await fetchRange(rpc, deployment, checkpoint, from, to);
        if (range === "reorg") {
          await rollBack(db, rpc, deployment, log);
          continue;
        }
        if (range === "moved") {
          await sleep(100, signal);
          continue;
        }
        await writeRange(db, deployment, range);
        eventsIndexed += range.events.length;
        processedBlock = to;
      } else if (checkpoint && !(await isCanonical(rpc, checkpoint))) {
        // Caught up, but the tip we indexed may have been replaced or dropped.
        await rollBack(db, rpc, deployment, log);
        continue;
      }
      const seconds = (Date.now() - started) / 1000;
      progress = {
        processedBlock,
        headBlock: head,
        blocksBehind: Math.max(0, head - processedBlock),
        eventsIndexed,
        eventsPerSecond: seconds > 0 ? eventsIndexed / seconds : 0,
        caughtUp: processedBlock >= head,
      };
      onProgress?.(progress);
      if (progress.caughtUp) {
        if (stopAtHead) return progress;
        await sleep(pollIntervalMs, signal);
      }
    }
  } catch (error) {
    if (signal?.aborted) return progress;
    throw error;
  }
}

/** Identifies the deployment an index was built from. */
/**
 * Indexes up to the chain's head and returns, quietly (what `indexer sync` does, without a
 * log): for checks and tests that need the index caught up once.
 */
export function indexToHead(
  db: IndexDatabase,
  deployment: IshonchDeployment,
  options: Pick<RunIndexerOptions, "batchBlocks"> = {},
): Promise<IndexerProgress | null> {
  return runIndexer({ db, deployment, stopAtHead: true, log: () => {}, ...options });
}

function deploymentKey(deployment: IshonchDeployment): string {
  return contractNames.map((name) => `${name}=${deployment.contracts[name]}`).join(",");
}

/** An index built for other contracts is of no use: start over (the chain has it all). */
async function resetIfOtherDeployment(
  db: IndexDatabase,
  deployment: IshonchDeployment,
  log: (message: string) => void,
): Promise<void> {
  const stored = await db.prisma.checkpoint.findUnique({ where: { id: 1 } });
  if (!stored) return;
  if (stored.chainId === deployment.chainId && stored.deployment === deploymentKey(deployment)) {
    return;
  }
  log(`The index was built for another deployment (${stored.deployment}); rebuilding it`);
  await clearIndex(db);
}

/** Deletes every indexed row (events, projections, checkpoint, block hashes) at once. */
export async function clearIndex(db: IndexDatabase): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    await deleteFrom(tx, -1);
  }, transactionOptions);
}

/** Deletes everything indexed above `blockNumber`, projections included. */
async function deleteFrom(tx: Transaction, blockNumber: number): Promise<void> {
  await tx.event.deleteMany({ where: { blockNumber: { gt: blockNumber } } });
  await tx.recentBlock.deleteMany({ where: { number: { gt: blockNumber } } });
  await clearProjections(tx);
  await tx.checkpoint.deleteMany();
}

async function readCheckpoint(db: IndexDatabase): Promise<Checkpoint | null> {
  return db.prisma.checkpoint.findUnique({
    where: { id: 1 },
    select: { blockNumber: true, blockHash: true },
  });
}

async function isCanonical(rpc: RpcClient, block: Checkpoint): Promise<boolean> {
  const header = await rpc.block(block.blockNumber);
  return header?.hash === block.blockHash;
}

/**
 * Reads blocks from..to. The range is accepted only if block `to` has the same hash
 * before and after all other reads and the checkpoint was canonical in between: then
 * logs, headers and checkpoint all belong to one chain. Returns "reorg" when the
 * checkpoint is no longer canonical, "moved" when the chain changed during the reads.
 */
async function fetchRange(
  rpc: RpcClient,
  deployment: IshonchDeployment,
  checkpoint: Checkpoint | null,
  from: number,
  to: number,
): Promise<FetchedRange | "reorg" | "moved"> {
  const toHeader = await rpc.block(to);
  if (!toHeader) return "moved";
  if (checkpoint && !(await isCanonical(rpc, checkpoint))) return "reorg";
  const addresses = contractNames.map((name) => deployment.contracts[name]);
  const logs = await rpc.logs(addresses, from, to);
  const headers = new Map<number, BlockHeader>([[to, toHeader]]);
  const eventBlocks = [...new Set(logs.map((log) => log.blockNumber))].filter((n) => n !== to);
  for (let i = 0; i < eventBlocks.length; i += headerBatchSize) {
    for (const header of await rpc.blocks(eventBlocks.slice(i, i + headerBatchSize))) {
      if (!header) return "moved";
      headers.set(header.number, header);
    }
  }
  const events: IndexedEvent[] = [];
  for (const log of logs) {
    const header = headers.get(log.blockNumber);
    if (header?.hash !== log.blockHash) return "moved";
    const decoded = decodeLog(deployment, log);
    // Every log of our contracts is one of their events; anything else is ignored.
    if (!decoded) continue;
    events.push({
      txHash: log.transactionHash,
      logIndex: log.logIndex,
      blockNumber: log.blockNumber,
      blockHash: log.blockHash,
      blockTimestamp: new Date(header.timestamp * 1000),
      contract: decoded.contract,
      name: decoded.name,
      args: decoded.args,
    });
  }
  const toAgain = await rpc.block(to);
  if (toAgain?.hash !== toHeader.hash) return "moved";
  return { to: toHeader, events, headers: [...headers.values()] };
}

/** Events, projections, block hashes and checkpoint of one range: all or nothing. */
async function writeRange(
  db: IndexDatabase,
  deployment: IshonchDeployment,
  range: FetchedRange,
): Promise<void> {
  const checkpoint = {
    chainId: deployment.chainId,
    deployment: deploymentKey(deployment),
    blockNumber: range.to.number,
    blockHash: range.to.hash,
  };
  await db.prisma.$transaction(async (tx) => {
    await tx.event.createMany({
      data: range.events.map((event) => ({ ...event, args: JSON.stringify(event.args) })),
    });
    for (const event of range.events) await applyEvent(tx, event);
    await tx.recentBlock.createMany({
      data: range.headers.map(({ number, hash }) => ({ number, hash })),
    });
    await tx.recentBlock.deleteMany({
      where: { number: { lt: range.to.number - reorgWindowBlocks } },
    });
    await tx.checkpoint.upsert({
      where: { id: 1 },
      create: { id: 1, ...checkpoint },
      update: checkpoint,
    });
  }, transactionOptions);
}

/**
 * After a reorganisation: finds the newest stored block that is still canonical (the
 * common ancestor), deletes what was indexed above it and rebuilds the projections by
 * replaying the stored event log, all in one transaction. Without such a block (a reorg
 * deeper than the kept hashes, or a restarted dev chain) the index starts over.
 */
async function rollBack(
  db: IndexDatabase,
  rpc: RpcClient,
  deployment: IshonchDeployment,
  log: (message: string) => void,
): Promise<void> {
  const stored = await db.prisma.recentBlock.findMany({ orderBy: { number: "asc" } });
  // Stored hashes form one chain, so "still canonical" holds for a prefix: binary search.
  let low = 0;
  let high = stored.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const block = stored[middle] as (typeof stored)[number];
    if (await isCanonical(rpc, { blockNumber: block.number, blockHash: block.hash })) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  const ancestor = low > 0 ? stored[low - 1] : undefined;
  log(
    ancestor
      ? `Chain reorganisation: rolling the index back to block ${ancestor.number}`
      : `Chain reorganisation below the kept block hashes: re-indexing from block ${deployment.startBlock}`,
  );
  await db.prisma.$transaction(async (tx) => {
    await deleteFrom(tx, ancestor ? ancestor.number : -1);
    if (!ancestor) return;
    await rebuildProjections(tx);
    await tx.checkpoint.create({
      data: {
        id: 1,
        chainId: deployment.chainId,
        deployment: deploymentKey(deployment),
        blockNumber: ancestor.number,
        blockHash: ancestor.hash,
      },
    });
  }, transactionOptions);
}
