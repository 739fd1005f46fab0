import { defaultDeploymentPath, readDeploymentFile } from "@ishonch/sdk/node";
import type { IshonchDeployment } from "@ishonch/sdk";

export type DeploymentLoad =
  { ok: true; deployment: IshonchDeployment } | { ok: false; path: string };

/**
 * Reads the deployment file on every request: it is written when the chain is deployed,
 * after this app was built, and changes whenever the local chain is redeployed.
 */
export function loadDeployment(): DeploymentLoad {
  const path = defaultDeploymentPath();
  try {
    return { ok: true, deployment: readDeploymentFile(path) };
  } catch (error) {
    console.error(`officials: cannot read the deployment file ${path}:`, error);
    return { ok: false, path };
  }
}
