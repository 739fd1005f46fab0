/** Where things are in the monorepo, found from this file rather than from the cwd. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "@ishonch/sdk/node";

export const root: string = repoRoot(dirname(fileURLToPath(import.meta.url)));
export const contractsDir: string = join(root, "contracts");

/**
 * The JavaScript file behind a package's command, to run with this process's Node. Going
 * through `node_modules/.bin` would add a shell shim between us and the real process.
 */
export function packageBin(fromDir: string, packageName: string, command: string): string {
  const packageDir = join(fromDir, "node_modules", packageName);
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[command];
  if (!bin) throw new Error(`${packageName} has no command ${command}`);
  return join(packageDir, bin);
}

/** The pnpm that the repository pins (`packageManager`), run through npx. */
export function pnpmCommand(): { command: string; args: string[] } {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    packageManager?: string;
  };
  return { command: "npx", args: ["-y", manifest.packageManager ?? "pnpm"] };
}
