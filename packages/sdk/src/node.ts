/** Node-only helpers: where the local platform keeps its deployment file. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseDeployment, type IshonchDeployment } from "./deployment.ts";

/** The monorepo's root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export function repoRoot(from: string = process.cwd()): string {
  let dir = resolve(/* turbopackIgnore: true */ from);
  while (!existsSync(/* turbopackIgnore: true */ join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}

/** `$ISHONCH_DEPLOYMENT`, or `<repo>/.ishonch/deployment.json`. */
export function defaultDeploymentPath(): string {
  return process.env.ISHONCH_DEPLOYMENT ?? join(repoRoot(), ".ishonch", "deployment.json");
}

/** Reads and checks a deployment file; ISHONCH_RPC_URL, when set, overrides its rpcUrl. */
export function readDeploymentFile(path: string = defaultDeploymentPath()): IshonchDeployment {
  // The file is chosen at run time: keep Next's bundler from tracing the whole repository.
  if (!existsSync(/* turbopackIgnore: true */ path)) {
    throw new Error(`no deployment file at ${path}: deploy first (npm start does it)`);
  }
  const deployment = parseDeployment(
    JSON.parse(readFileSync(/* turbopackIgnore: true */ path, "utf8")),
  );
  const rpcUrl = process.env.ISHONCH_RPC_URL;
  return rpcUrl ? { ...deployment, rpcUrl } : deployment;
}

export function writeDeploymentFile(path: string, deployment: IshonchDeployment): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(parseDeployment(deployment), null, 2)}\n`);
}
