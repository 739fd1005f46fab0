/**
 * Child processes that are stopped as a whole. Each child runs in its own process group
 * (detached), so stopping it also stops whatever it started: pnpm's shell shims, Next's
 * workers, a `node` that a shim did not `exec`. Killing only the leader's PID would leave
 * a server listening.
 */
import { spawn } from "node:child_process";

export interface GroupOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Called with every chunk the child writes to stdout or stderr. */
  onOutput?: (chunk: string) => void;
}

export interface ProcessGroup {
  name: string;
  pid: number;
  /** Resolves with the exit code (null when killed by a signal) once the leader exits. */
  exited: Promise<number | null>;
  /** The last few kilobytes of output, for error messages. */
  outputTail(): string;
  /** Terminates the whole group (SIGTERM, then SIGKILL) and waits until it is empty. */
  stop(): Promise<void>;
}

const TAIL_BYTES = 16_384;
const STOP_GRACE_MS = 5_000;
const POLL_MS = 50;

/** Groups still alive, killed synchronously if this process exits without stopping them. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const pgid of liveGroups) signalGroup(pgid, "SIGKILL");
  });
}

/** Sends a signal to a process group; false when the group no longer exists. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (signalGroup(pgid, 0)) {
    if (Date.now() > deadline) return false;
    await sleep(POLL_MS);
  }
  return true;
}

/** Starts `command` as the leader of a new process group. */
export function spawnGroup(
  name: string,
  command: string,
  args: string[],
  options: GroupOptions,
): ProcessGroup {
  installExitHook();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: could not start ${command}`);
  liveGroups.add(pid);

  let tail = "";
  const record = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    tail = (tail + text).slice(-TAIL_BYTES);
    options.onOutput?.(text);
  };
  child.stdout.on("data", record);
  child.stderr.on("data", record);

  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => resolve(code));
    child.on("error", (error) => {
      record(Buffer.from(`${error.message}\n`));
      resolve(null);
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      signalGroup(pid, "SIGTERM");
      if (!(await waitUntilGone(pid, STOP_GRACE_MS))) {
        signalGroup(pid, "SIGKILL");
        await waitUntilGone(pid, STOP_GRACE_MS);
      }
      await exited;
      liveGroups.delete(pid);
    })();
    return stopping;
  };

  return { name, pid, exited, outputTail: () => tail, stop };
}

/** Runs a command to completion in its own group; rejects with its output if it fails. */
export async function runToCompletion(
  name: string,
  command: string,
  args: string[],
  options: GroupOptions,
): Promise<void> {
  const group = spawnGroup(name, command, args, options);
  const code = await group.exited;
  // The leader is gone; anything it left behind in its group goes with it.
  await group.stop();
  if (code !== 0) {
    throw new Error(`${name} failed (exit code ${code}):\n${group.outputTail()}`);
  }
}
