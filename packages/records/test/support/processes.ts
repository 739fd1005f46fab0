/**
 * The records' writers and commands as real processes, for the drills: a child that can be
 * SIGKILLed at any moment (no chance to clean up), and the `records` CLI.
 */
import { fileURLToPath } from "node:url";
import { spawnGroup, type ProcessGroup } from "@ishonch/devnet";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

export interface Child {
  group: ProcessGroup;
  /** Resolves with the first output line matching `pattern`; rejects if the child exits first. */
  line(pattern: RegExp): Promise<string>;
  /** SIGKILL to the child's whole process group, then waits for it to be gone. */
  kill(): Promise<void>;
}

/** Runs a TypeScript file of this package (`node --import tsx`) with extra environment. */
export function startChild(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const lines: string[] = [];
  let partial = "";
  const waiters = new Set<() => void>();
  const group = spawnGroup(script, process.execPath, ["--import", "tsx", script, ...args], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    onOutput: (chunk) => {
      const parts = (partial + chunk).split("\n");
      partial = parts.pop() ?? "";
      lines.push(...parts);
      for (const wake of waiters) wake();
    },
  });
  let exited = false;
  void group.exited.then(() => {
    exited = true;
    for (const wake of waiters) wake();
  });
  return {
    group,
    line: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.find((line) => pattern.test(line));
          if (found !== undefined) resolve(found);
          else if (exited) reject(new Error(`${script} exited first:\n${group.outputTail()}`));
          else return;
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    async kill() {
      try {
        process.kill(-group.pid, "SIGKILL");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
      }
      await group.stop();
    },
  };
}

/** `records <command>` with RECORDS_DATABASE_URL, to its end: its exit code and output. */
export async function recordsCli(
  recordsUrl: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; output: string }> {
  const child = startChild("src/cli.ts", args, { ...env, RECORDS_DATABASE_URL: recordsUrl });
  const code = await child.group.exited;
  await child.group.stop();
  return { code, output: child.group.outputTail() };
}
