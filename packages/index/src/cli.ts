// The indexer's command line: `indexer migrate | run | sync | rebuild`.
// Environment: DATABASE_URL, ISHONCH_DEPLOYMENT, ISHONCH_RPC_URL (see docs/architecture.md),
// and for tuning ISHONCH_INDEX_BATCH_BLOCKS (default 500), ISHONCH_INDEX_POLL_MS (1000).
import { readDeploymentFile } from "@ishonch/sdk/node";
import { closeIndex, openIndex, type IndexDatabase } from "./database.ts";
import { clearIndex, runIndexer, type IndexerProgress } from "./indexer.ts";
import { migrate } from "./migrate.ts";

const usage = `Usage: indexer <command>
  migrate   apply pending SQL migrations
  run       migrate, then follow the chain until SIGINT/SIGTERM
  sync      migrate, then index up to the chain's head and exit
  rebuild   migrate, drop all indexed data and index again from the start block`;

function numberFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed <= 0) throw new Error(`${name} must be > 0`);
  return parsed;
}

function printProgress(progress: IndexerProgress): void {
  const rate = progress.eventsPerSecond.toFixed(0);
  console.log(
    `indexed to block ${progress.processedBlock} of ${progress.headBlock}: ` +
      `${progress.blocksBehind} behind, ${progress.eventsIndexed} events (${rate}/s)`,
  );
}

async function follow(db: IndexDatabase, stopAtHead: boolean): Promise<void> {
  const deployment = readDeploymentFile();
  const stop = new AbortController();
  const onSignal = (signal: string) => {
    console.log(`${signal}: stopping after the current block range`);
    stop.abort();
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let lastPrinted: number | null = null;
  await runIndexer({
    db,
    deployment,
    signal: stop.signal,
    stopAtHead,
    batchBlocks: numberFromEnv("ISHONCH_INDEX_BATCH_BLOCKS", 500),
    pollIntervalMs: numberFromEnv("ISHONCH_INDEX_POLL_MS", 1_000),
    onProgress: (progress) => {
      // One line per written range, none for idle polls.
      if (progress.processedBlock === lastPrinted) return;
      lastPrinted = progress.processedBlock;
      printProgress(progress);
    },
  });
}

async function main(command: string | undefined): Promise<void> {
  if (!["migrate", "run", "sync", "rebuild"].includes(command ?? "")) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const db = await openIndex();
  try {
    const applied = await migrate(db);
    if (applied.length > 0) console.log(`applied migrations: ${applied.join(", ")}`);
    if (command === "rebuild") {
      await clearIndex(db);
      console.log("index cleared; indexing from the deployment's start block");
    }
    if (command !== "migrate") await follow(db, command !== "run");
  } finally {
    await closeIndex(db);
  }
}

await main(process.argv[2]);
// Everything is closed; don't wait for fetch's idle keep-alive sockets to time out.
process.exit();
