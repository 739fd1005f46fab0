/** What `start` runs where: ports from the environment, the runtime files in `.ishonch/`. */
import { isAbsolute, join, resolve } from "node:path";
import { defaultDeploymentPath } from "@ishonch/sdk/node";
import { root } from "./paths.js";

export interface AppSettings {
  name: "citizen" | "officials";
  dir: string;
  port: number;
}

export interface StartSettings {
  chainPort: number;
  apps: AppSettings[];
  deploymentFile: string;
  databaseUrl: string;
  /** The SQLite file behind `databaseUrl`, or null for a database server. */
  sqliteFile: string | null;
  logDir: string;
}

function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a TCP port (1-65535), not "${value}"`);
  }
  return port;
}

export function readStartSettings(): StartSettings {
  const stateDir = join(root, ".ishonch");
  const databaseUrl = process.env.DATABASE_URL || `file:${join(stateDir, "index.db")}`;
  const sqlitePath = databaseUrl.startsWith("file:") ? databaseUrl.slice("file:".length) : null;
  const app = (name: AppSettings["name"], portVariable: string, port: number): AppSettings => ({
    name,
    dir: join(root, "apps", name),
    port: portFromEnv(portVariable, port),
  });
  return {
    chainPort: portFromEnv("ISHONCH_CHAIN_PORT", 8545),
    apps: [
      app("citizen", "ISHONCH_CITIZEN_PORT", 3000),
      app("officials", "ISHONCH_OFFICIALS_PORT", 3001),
    ],
    deploymentFile: resolve(defaultDeploymentPath()),
    databaseUrl,
    sqliteFile:
      sqlitePath === null || isAbsolute(sqlitePath) ? sqlitePath : resolve(root, sqlitePath),
    logDir: join(stateDir, "logs"),
  };
}
