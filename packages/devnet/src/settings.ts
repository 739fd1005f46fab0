/** What `npm start` runs where: ports and databases from the environment, files in `.ishonch/`. */
import { join } from "node:path";
import { parseChainEngine } from "./chain.js";
import { root } from "./paths.js";
import type { PlatformOptions } from "./platform.js";

function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a TCP port (1-65535), not "${value}"`);
  }
  return port;
}

/** The platform of `npm start`: in `<repo>/.ishonch/`, on the usual ports unless told otherwise. */
export function readStartSettings(): PlatformOptions {
  return {
    stateDir: join(root, ".ishonch"),
    ports: {
      chain: portFromEnv("ISHONCH_CHAIN_PORT", 8545),
      citizen: portFromEnv("ISHONCH_CITIZEN_PORT", 3000),
      officials: portFromEnv("ISHONCH_OFFICIALS_PORT", 3001),
    },
    engine: parseChainEngine(process.env.ISHONCH_CHAIN_ENGINE),
    indexUrl: process.env.DATABASE_URL || undefined,
    recordsUrl: process.env.RECORDS_DATABASE_URL || undefined,
  };
}
