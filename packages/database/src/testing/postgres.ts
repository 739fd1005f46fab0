/**
 * A throwaway PostgreSQL cluster for the tests, from Debian's postgresql-15 binaries
 * (PG_BIN overrides the folder). initdb refuses to run as root, so as root the cluster is
 * run by the `postgres` user. Nothing is written outside a temporary folder.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestCluster {
  /** Connection URL of the `postgres` database, as the superuser. */
  adminUrl: string;
  stop(): void;
}

const pgBin = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export function postgresBinariesPresent(): boolean {
  return existsSync(join(pgBin, "initdb")) && existsSync(join(pgBin, "pg_ctl"));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function runAsClusterOwner(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  execFileSync(
    asRoot ? "runuser" : join(pgBin, command),
    asRoot ? ["-u", "postgres", "--", join(pgBin, command), ...args] : args,
    { stdio: ["ignore", "ignore", "pipe"] },
  );
}

export async function startCluster(): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), "ishonch-index-pg-"));
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir]);
  const dataDir = join(dir, "data");
  const port = await freePort();
  runAsClusterOwner("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8"]);
  // A scratch cluster: durability settings off for speed; the socket stays in our folder.
  const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  runAsClusterOwner("pg_ctl", [
    "-D",
    dataDir,
    "-o",
    serverOptions,
    "-l",
    join(dir, "log"),
    "-w",
    "start",
  ]);
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        runAsClusterOwner("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
