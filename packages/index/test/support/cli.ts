/** The indexer's CLI as a child process that can be really crashed (SIGKILL). */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

export interface CliEnvironment {
  databaseUrl: string;
  deploymentFile: string;
  batchBlocks: number;
}

export interface IndexerChild {
  process: ChildProcess;
  /** Resolves with the `n`th progress line ("indexed to block ..."), or rejects on exit. */
  progressLine(n: number): Promise<string>;
  /** Resolves with the first progress line that says the index reached the head. */
  caughtUp(): Promise<string>;
  exited: Promise<number | null>;
  output(): string;
}

type Matcher = (line: string, count: number) => boolean;

/** Starts `indexer <command>` in its own process group (node + tsx, no shell shims). */
export function startIndexerCli(command: string, env: CliEnvironment): IndexerChild {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", command], {
    cwd: packageDir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      ISHONCH_DEPLOYMENT: env.deploymentFile,
      ISHONCH_INDEX_BATCH_BLOCKS: String(env.batchBlocks),
      ISHONCH_INDEX_POLL_MS: "100",
    },
  });
  let output = "";
  const progress: string[] = [];
  const waiters: {
    matches: Matcher;
    resolve: (line: string) => void;
    reject: (e: Error) => void;
  }[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  createInterface({ input: child.stdout! }).on("line", (line) => {
    output += `${line}\n`;
    if (!line.startsWith("indexed to block")) return;
    progress.push(line);
    for (const waiter of waiters) if (waiter.matches(line, progress.length)) waiter.resolve(line);
  });
  void exited.then((code) => {
    for (const waiter of waiters) waiter.reject(new Error(`indexer exited (${code}):\n${output}`));
  });
  const waitFor = (matches: Matcher) =>
    new Promise<string>((resolve, reject) => {
      const found = progress.find((line, i) => matches(line, i + 1));
      if (found) return resolve(found);
      waiters.push({ matches, resolve, reject });
    });
  return {
    process: child,
    progressLine: (n) => waitFor((_, count) => count === n),
    caughtUp: () => waitFor((line) => line.includes(": 0 behind")),
    exited,
    output: () => output,
  };
}

/** A real crash: SIGKILL to the whole group, no chance to clean up. */
export async function crash(child: IndexerChild): Promise<void> {
  process.kill(-child.process.pid!, "SIGKILL");
  await child.exited;
}
