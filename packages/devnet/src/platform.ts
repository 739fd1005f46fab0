/**
 * The whole platform on this machine, started one way for `npm start` (start.ts), the
 * end-to-end tests and the records' drills: a chain (started, or joined), the contracts
 * deployed with the demo data and handed over to the council (or a deployment joined), the
 * records migrated (the demo's records imported, pending escalations reconciled), the
 * indexer caught up and following, and both apps' production servers.
 *
 * The records and the indexer are their packages' own commands, run as processes: the
 * parts of a real deployment, and no package dependency of devnet on them (their tests
 * use devnet).
 */
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { JsonRpcProvider } from "ethers";
import type { Address, IshonchDeployment } from "@ishonch/sdk";
import { readDeploymentFile } from "@ishonch/sdk/node";
import { startChain, type ChainEngine } from "./chain.js";
import { deployDemoPlatform } from "./demo.js";
import { LOCALHOST, claimablePort, httpStatus, waitFor } from "./net.js";
import { packageBin, root } from "./paths.js";
import { runToCompletion, spawnGroup, type GroupOptions } from "./processes.js";
import type { SeededDemoData } from "./seed.js";
import { createSupervisor, type Service } from "./supervisor.js";

export const APPS = ["citizen", "officials"] as const;
export type AppName = (typeof APPS)[number];

/** Receives every part's output, by part ("chain", "indexer", "records", "citizen", …). */
export type LogSink = (part: string, chunk: string) => void;

export interface PlatformOptions {
  /**
   * The platform's folder: the deployment file, the SQLite databases (by default) and the
   * logs. What a previous run left there goes when a new deployment is made.
   */
  stateDir: string;
  /** Ports to insist on (a taken one is an error); 0 or absent: a free one. */
  ports?: { chain?: number; citizen?: number; officials?: number };
  /** The local node to start (Hardhat's by default). */
  engine?: ChainEngine;
  /** A running chain to join instead of starting one; stop() leaves it running. */
  chain?: { rpcUrl: string };
  /**
   * With `chain`: the deployment to join instead of deploying a new one with demo data. Its
   * records must be in `recordsUrl` already (kept, e.g. restored from a backup).
   */
  deploymentFile?: string;
  /** Database URLs; by default SQLite files in `stateDir` (index.db, records.db). */
  indexUrl?: string;
  recordsUrl?: string;
  /** Start both apps' production builds (true by default). */
  apps?: boolean;
  /** Every part's output; by default `<stateDir>/logs/<part>.log`. */
  log?: LogSink;
  /** One line per step, as it starts. */
  onStep?: (step: string) => void;
  /** Aborting stops what has started and makes startPlatform reject. */
  signal?: AbortSignal;
}

export interface Platform {
  rpcUrl: string;
  chainId: number;
  deployment: IshonchDeployment;
  deploymentFile: string;
  /** The demo data written at this start; null when a deployment was joined. */
  demo: SeededDemoData | null;
  /** The account that deployed and seeded (holding no role since); null when joined. */
  deployer: Address | null;
  /** The apps' public addresses (what QR codes and staff challenges name); null without apps. */
  urls: Record<AppName, string> | null;
  databases: { index: string; records: string };
  stateDir: string;
  logDir: string;
  /** Resolves if a part stops on its own: the platform is then incomplete. */
  failed: Promise<{ part: string; code: number | null }>;
  /** Stops every part it started (the chain last); resolves when nothing is left running. */
  stop(): Promise<void>;
}

const APP_READY_TIMEOUT_MS = 60_000;
const INDEX_CATCH_UP_TIMEOUT_MS = 120_000;

const sqliteFile = (url: string) => (url.startsWith("file:") ? url.slice("file:".length) : null);

/** A relative SQLite path names one file for every part, whatever folder each runs in. */
function absoluteUrl(url: string): string {
  const file = sqliteFile(url);
  return file !== null && !isAbsolute(file) ? `file:${resolve(file)}` : url;
}

/** Output to `<logDir>/<part>.log`, one file per part. */
function fileSink(logDir: string): LogSink {
  const files = new Map<string, ReturnType<typeof createWriteStream>>();
  return (part, chunk) => {
    let file = files.get(part);
    if (!file) {
      file = createWriteStream(join(logDir, `${part}.log`));
      files.set(part, file);
    }
    file.write(chunk);
  };
}

function assertBuilt(app: AppName): void {
  if (!existsSync(join(root, "apps", app, ".next", "BUILD_ID"))) {
    throw new Error(
      `apps/${app} has no production build: run \`npm start\` from the repository root, ` +
        `which builds it, or \`pnpm exec turbo run build --filter=@ishonch/${app}\``,
    );
  }
}

/** A platform's SQLite file, with the files SQLite keeps beside it. */
function removeSqlite(url: string): void {
  const file = sqliteFile(url);
  if (!file) return;
  for (const suffix of ["", "-wal", "-shm", "-journal"])
    rmSync(`${file}${suffix}`, { force: true });
}

/** The chain's id and its latest block. */
async function chainState(rpcUrl: string): Promise<{ chainId: number; head: number }> {
  const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  try {
    const [chainId, head] = await Promise.all([
      provider.send("eth_chainId", []).then(Number),
      provider.getBlockNumber(),
    ]);
    return { chainId, head };
  } finally {
    provider.destroy();
  }
}

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const { stateDir, signal, onStep = () => {} } = options;
  const withApps = options.apps ?? true;
  const joining = options.deploymentFile !== undefined;
  if (joining && !options.chain)
    throw new Error("startPlatform: a deployment is joined on its chain");
  const logDir = join(stateDir, "logs");
  mkdirSync(logDir, { recursive: true });
  const log = options.log ?? fileSink(logDir);
  const deploymentFile = options.deploymentFile ?? join(stateDir, "deployment.json");
  const databases = {
    index: absoluteUrl(options.indexUrl ?? `file:${join(stateDir, "index.db")}`),
    records: absoluteUrl(options.recordsUrl ?? `file:${join(stateDir, "records.db")}`),
  };

  let reportFailure: (failure: { part: string; code: number | null }) => void = () => {};
  const failed = new Promise<{ part: string; code: number | null }>((resolve) => {
    reportFailure = resolve;
  });
  const supervisor = createSupervisor((service, code) =>
    reportFailure({ part: service.name, code }),
  );
  const onAbort = () => void supervisor.stopAll();
  signal?.addEventListener("abort", onAbort, { once: true });
  const step = (message: string) => {
    signal?.throwIfAborted();
    onStep(message);
  };
  const output =
    (part: string): GroupOptions["onOutput"] =>
    (chunk) =>
      log(part, chunk);

  try {
    if (withApps) APPS.forEach(assertBuilt);
    const appPorts = withApps
      ? Object.fromEntries(
          await Promise.all(
            APPS.map(async (app) => [app, await claimablePort(options.ports?.[app] ?? 0)]),
          ),
        )
      : null;
    const urls = appPorts
      ? (Object.fromEntries(
          APPS.map((app) => [app, `http://localhost:${appPorts[app]}`]),
        ) as Record<AppName, string>)
      : null;
    if (!joining) {
      // A new deployment: whatever an earlier run left belongs to a chain that is gone.
      rmSync(deploymentFile, { force: true });
      removeSqlite(databases.index);
      removeSqlite(databases.records);
    }

    let rpcUrl: string;
    if (options.chain) {
      rpcUrl = options.chain.rpcUrl;
      step(`Joining the chain at ${rpcUrl}…`);
    } else {
      step(`Starting a local chain on port ${options.ports?.chain ?? "(free)"}…`);
      const chain = await startChain({
        port: options.ports?.chain ?? 0,
        engine: options.engine,
        onOutput: output("chain"),
      });
      supervisor.track({ name: "the chain", ...chain });
      rpcUrl = chain.rpcUrl;
    }

    let deployment: IshonchDeployment;
    let demo: SeededDemoData | null = null;
    let deployer: Address | null = null;
    if (joining) {
      deployment = readDeploymentFile(deploymentFile);
    } else {
      step("Deploying the contracts, writing the demo data, handing over to the council…");
      ({ deployment, demo, deployer } = await deployDemoPlatform({ rpcUrl, deploymentFile }));
    }
    // The index must reach this block (the demo data) before the platform is announced.
    const { chainId, head } = await chainState(rpcUrl);

    const env: NodeJS.ProcessEnv = {
      ...(urls ? { ISHONCH_CITIZEN_URL: urls.citizen, ISHONCH_OFFICIALS_URL: urls.officials } : {}),
      ...process.env,
      ISHONCH_RPC_URL: rpcUrl,
      ISHONCH_CHAIN_ID: `${chainId}`,
      ISHONCH_DEPLOYMENT: deploymentFile,
      DATABASE_URL: databases.index,
      RECORDS_DATABASE_URL: databases.records,
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
    };
    const parts = { supervisor, env, output };

    step(
      withApps
        ? "Opening the records, starting the indexer and both apps…"
        : "Opening the records, starting the indexer…",
    );
    await Promise.all([
      prepareRecords(parts, demo, stateDir),
      startIndexer(parts, { fresh: !joining, head }),
      ...(appPorts ? APPS.map((app) => startApp(parts, app, appPorts[app]!)) : []),
    ]);
    signal?.throwIfAborted();
    signal?.removeEventListener("abort", onAbort);
    return {
      rpcUrl,
      chainId,
      deployment,
      deploymentFile,
      demo,
      deployer,
      urls,
      databases,
      stateDir,
      logDir,
      failed,
      stop: () => supervisor.stopAll(),
    };
  } catch (error) {
    signal?.removeEventListener("abort", onAbort);
    await supervisor.stopAll();
    throw error;
  }
}

interface Parts {
  supervisor: ReturnType<typeof createSupervisor>;
  env: NodeJS.ProcessEnv;
  output: (part: string) => GroupOptions["onOutput"];
}

/** A package's own command line (`src/cli.ts`), run with this Node and tsx, in its folder. */
function packageCli(name: "index" | "records", args: string[], parts: Parts, part: string) {
  return {
    command: process.execPath,
    args: ["--import", "tsx", "src/cli.ts", ...args],
    options: { cwd: join(root, "packages", name), env: parts.env, onOutput: parts.output(part) },
  };
}

async function runCli(name: "index" | "records", args: string[], parts: Parts): Promise<void> {
  const part = name === "index" ? "indexer" : "records";
  const { command, args: argv, options } = packageCli(name, args, parts, part);
  await runToCompletion(`${part} ${args[0]}`, command, argv, options);
}

/**
 * The records: for a new deployment, emptied (a database server outlives our chain) and
 * given the demo's records (the QR copies, the sealed appeals, the agency key, which the
 * chain holds only hashes of); then every escalation a crash left pending is settled.
 */
async function prepareRecords(
  parts: Parts,
  demo: SeededDemoData | null,
  stateDir: string,
): Promise<void> {
  if (demo) {
    if (!sqliteFile(parts.env.RECORDS_DATABASE_URL!)) {
      await runCli("records", ["erase", "--yes"], parts);
    }
    const seedFile = join(stateDir, "seed-offchain.json");
    writeFileSync(seedFile, JSON.stringify(demo.offchain));
    await runCli("records", ["import", seedFile], parts);
  }
  await runCli("records", ["reconcile"], parts);
}

const CAUGHT_UP = /^indexed to block (\d+) of \d+: 0 behind/m;

/**
 * The indexer (`indexer run`), ready once it says it has indexed the chain up to `head`, so
 * that the apps' lists hold the demo data by the time the platform is announced. For a new
 * deployment on a database server, `indexer rebuild` first drops what the server holds of an
 * earlier chain.
 */
async function startIndexer(parts: Parts, { fresh, head }: { fresh: boolean; head: number }) {
  if (fresh && !sqliteFile(parts.env.DATABASE_URL!)) await runCli("index", ["rebuild"], parts);
  let caughtUp = false;
  let pending = "";
  const { command, args, options } = packageCli("index", ["run"], parts, "indexer");
  const indexer = spawnGroup("the indexer", command, args, {
    ...options,
    onOutput: (chunk) => {
      options.onOutput?.(chunk);
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const match = CAUGHT_UP.exec(line);
        if (match && Number(match[1]) >= head) caughtUp = true;
      }
    },
  });
  parts.supervisor.track(indexer);
  try {
    await waitFor(
      `the indexer (to block ${head})`,
      async () => (caughtUp ? true : null),
      indexer.exited,
      INDEX_CATCH_UP_TIMEOUT_MS,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}:\n${indexer.outputTail()}`, { cause: error });
  }
}

/** An app's production server (`next start`); ready once its home page answers. */
async function startApp(parts: Parts, app: AppName, port: number): Promise<void> {
  const dir = join(root, "apps", app);
  const server: Service & { outputTail(): string } = parts.supervisor.track(
    spawnGroup(
      `the ${app} app`,
      process.execPath,
      [packageBin(dir, "next", "next"), "start", "--port", `${port}`],
      { cwd: dir, env: { ...parts.env, PORT: `${port}` }, onOutput: parts.output(app) },
    ),
  );
  const url = `http://${LOCALHOST}:${port}/`;
  try {
    await waitFor(server.name, () => httpStatus(url), server.exited, APP_READY_TIMEOUT_MS);
  } catch (error) {
    throw new Error(`${(error as Error).message}:\n${server.outputTail()}`, { cause: error });
  }
}
