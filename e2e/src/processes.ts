// Long-running helper processes (indexer, Next servers) started in their own process
// group, so that stopping one also stops whatever it spawned (shell shims, workers).
import { spawn } from "node:child_process";
import { openSync, closeSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface GroupProcess {
  readonly name: string;
  readonly logFile: string;
  /** Resolves with the exit code (or null when killed by a signal) once the leader exits. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface GroupProcessOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
}

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no TCP port assigned");
  return address.port;
}

/**
 * PATH for child processes: the Node running this harness first (Node 24 from the
 * workspace, while the machine's own node may be older), then the package's own bins.
 */
export function childPath(binDirs: string[]): string {
  return [dirname(process.execPath), ...binDirs, process.env.PATH ?? ""].join(":");
}

export function startGroupProcess(
  name: string,
  command: string,
  args: string[],
  options: GroupProcessOptions,
): GroupProcess {
  const log = openSync(options.logFile, "a");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", () => resolve(-1));
  });
  const pid = child.pid;

  async function stop(): Promise<void> {
    if (pid === undefined) return;
    signalGroup(pid, "SIGTERM");
    await Promise.race([exited, sleep(5_000)]);
    // The leader may be gone while a grandchild still shuts down: give the group a moment.
    for (let i = 0; i < 20 && groupAlive(pid); i++) await sleep(100);
    signalGroup(pid, "SIGKILL");
  }

  return { name, logFile: options.logFile, exited, stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The last lines of a log file, to explain why a process did not come up. */
export function logTail(logFile: string, lines = 40): string {
  try {
    return readFileSync(logFile, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/**
 * Waits until `url` answers HTTP at all (any status: a redirect to a locale is fine).
 * Fails early, with the process's log, if the process exits first.
 */
export async function waitForHttp(url: string, proc: GroupProcess, timeoutMs = 60_000) {
  let exitCode: number | null | undefined;
  void proc.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(
        `${proc.name} exited (code ${exitCode}) before answering ${url}:\n${logTail(proc.logFile)}`,
      );
    }
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(
    `${proc.name} did not answer ${url} in ${timeoutMs} ms:\n${logTail(proc.logFile)}`,
  );
}
