/**
 * `start`: the whole platform on this machine (startPlatform), from a clean state every
 * time: a fresh chain, the contracts deployed, seeded with demo data and handed over to the
 * council as in production, the records, the indexer following the chain, and both apps'
 * production servers. Ctrl-C (SIGINT) or SIGTERM stops all of it.
 */
import { join, relative } from "node:path";
import { diplomaQrUrl } from "@ishonch/sdk";
import { DEPLOYER_INDEX, FIRST_FREE_ACCOUNT } from "./demo-plan.js";
import { root } from "./paths.js";
import { startPlatform, type Platform } from "./platform.js";
import { readStartSettings } from "./settings.js";

const shown = (path: string) => (path.startsWith(root) ? relative(root, path) : path);
/** A database as the summary names it: its file, or the variable holding a server's URL. */
const database = (url: string, variable: string) =>
  url.startsWith("file:") ? shown(url.slice("file:".length)) : variable;

function printSummary(platform: Platform): void {
  const { demo, urls, deployer } = platform;
  const qr = demo!.diplomaQrCodes.find((code) => !code.revoked)!;
  const accounts = [...demo!.accounts]
    .sort((a, b) => a.index - b.index)
    .map(
      ({ index, address, role, organization }) =>
        `  #${`${index}`.padEnd(2)} ${address}  ${role.padEnd(18)} ${organization}`,
    );
  console.log(
    [
      "",
      "Ishonch is running. Ctrl-C stops all of it.",
      "",
      `  Citizen app     ${urls!.citizen}`,
      `  Officials app   ${urls!.officials}`,
      `  Chain           ${platform.rpcUrl} (chain id ${platform.chainId})`,
      `  Deployment      ${shown(platform.deploymentFile)}`,
      `  Records         ${database(platform.databases.records, "RECORDS_DATABASE_URL")}`,
      `  Index           ${database(platform.databases.index, "DATABASE_URL")}`,
      `  Logs            ${shown(platform.logDir)}/`,
      "",
      "Demo accounts (the chain's unlocked development accounts):",
      `  #${`${DEPLOYER_INDEX}`.padEnd(2)} ${deployer}  deployer: seeded the demo, then renounced every role`,
      ...accounts,
      `  #${FIRST_FREE_ACCOUNT} to #16: no role (free for trying things out).`,
      "  #17, #18, #19: the council of agencies (2 of 3, one-hour public delay), the only",
      "  registrar and admin: accrediting, appointing administrators and changing settings",
      "  are council proposals. #17 also administers the school ministry (above);",
      "  #19 is also the citizen app's relayer.",
      "Their private keys are Hardhat's well-known development keys, listed at the top of",
      `${shown(join(platform.logDir, "chain.log"))}. Never use them on a real network.`,
      "",
      `A demo diploma's QR code (${qr.holderNameLatin}, ${qr.number}, SYNTHETIC):`,
      `  ${diplomaQrUrl(urls!.citizen, qr.id, qr.key)}`,
      "",
    ].join("\n"),
  );
}

async function main(): Promise<void> {
  const starting = new AbortController();
  const started = startPlatform({
    ...readStartSettings(),
    signal: starting.signal,
    onStep: (step) => console.log(step),
  });
  const shutDown = async (exitCode: number) => {
    console.log("\nStopping Ishonch…");
    // Aborting a start stops what it had started; a started platform stops as a whole.
    starting.abort();
    await started.then(
      (platform) => platform.stop(),
      () => {},
    );
    process.exit(exitCode);
  };
  // A second Ctrl-C falls through to Node's default: exit at once (groups get SIGKILL).
  process.once("SIGINT", () => void shutDown(0));
  process.once("SIGTERM", () => void shutDown(0));
  let platform: Platform;
  try {
    platform = await started;
  } catch (error) {
    if (starting.signal.aborted) return;
    console.error(`\nIshonch could not start: ${(error as Error).message}`);
    return shutDown(1);
  }
  void platform.failed.then(({ part, code }) => {
    console.error(`\n${part} stopped unexpectedly (exit code ${code}); see its log.`);
    void shutDown(1);
  });
  printSummary(platform);
}

await main();
