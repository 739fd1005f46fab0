/**
 * `start`: the whole platform on this machine, from a clean state every time: a fresh
 * chain, the contracts deployed, seeded with demo data and handed over to the council as in
 * production, the indexer following the chain, and both apps' production servers. Ctrl-C
 * (SIGINT) or SIGTERM stops all of it.
 */
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { diplomaQrUrl } from "@ishonch/sdk";
import { startChain } from "./chain.js";
import { deployDemoPlatform } from "./demo.js";
import { DEPLOYER_INDEX, FIRST_FREE_ACCOUNT } from "./demo-plan.js";
import { LOCALHOST, claimablePort, httpStatus, waitFor } from "./net.js";
import { packageBin, pnpmCommand, root } from "./paths.js";
import { runToCompletion, spawnGroup, type GroupOptions } from "./processes.js";
import type { SeededDemoData } from "./seed.js";
import { readStartSettings, type AppSettings, type StartSettings } from "./settings.js";
import { createSupervisor } from "./supervisor.js";

const APP_READY_TIMEOUT_MS = 60_000;

const shown = (path: string) => (path.startsWith(root) ? relative(root, path) : path);

const supervisor = createSupervisor((service, code) => {
  console.error(`\n${service.name} stopped unexpectedly (exit code ${code}); see its log.`);
  void shutDown(1);
});

async function shutDown(exitCode: number): Promise<never> {
  console.log("\nStopping Ishonch…");
  await supervisor.stopAll();
  process.exit(exitCode);
}

/** Output of a part goes to `<logDir>/<name>.log`, to keep the terminal readable. */
function logTo(settings: StartSettings, name: string): GroupOptions["onOutput"] {
  const file = createWriteStream(join(settings.logDir, `${name}.log`));
  return (chunk) => file.write(chunk);
}

async function checkAppsCanStart(settings: StartSettings): Promise<void> {
  for (const app of settings.apps) {
    if (!existsSync(join(app.dir, ".next", "BUILD_ID"))) {
      throw new Error(
        `apps/${app.name} has no production build: run \`npm start\` from the repository ` +
          `root, which builds it, or \`pnpm exec turbo run build --filter=@ishonch/${app.name}\``,
      );
    }
    await claimablePort(app.port);
  }
}

/** What a previous run left belongs to a chain that no longer exists. */
function removeOldState(settings: StartSettings): void {
  mkdirSync(settings.logDir, { recursive: true });
  rmSync(settings.deploymentFile, { force: true });
  if (settings.sqliteFile) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) {
      rmSync(`${settings.sqliteFile}${suffix}`, { force: true });
    }
  }
}

/** An app's public address: the one its QR codes and signed staff challenges name. */
const appUrl = (app: AppSettings) => `http://localhost:${app.port}`;

/** The environment every part reads its chain, deployment and index from. */
function platformEnv(settings: StartSettings, rpcUrl: string, chainId: number): NodeJS.ProcessEnv {
  const [citizen, officials] = settings.apps;
  return {
    // The apps' public addresses follow the chosen ports.
    ISHONCH_CITIZEN_URL: appUrl(citizen!),
    ISHONCH_OFFICIALS_URL: appUrl(officials!),
    ...process.env,
    ISHONCH_RPC_URL: rpcUrl,
    ISHONCH_CHAIN_ID: `${chainId}`,
    ISHONCH_DEPLOYMENT: settings.deploymentFile,
    DATABASE_URL: settings.databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/**
 * The indexer, through its package's command. `indexer run` rather than `indexer -- run`:
 * pnpm hands a `--` on to the script, which would take it for the command.
 */
async function startIndexer(
  settings: StartSettings,
  env: NodeJS.ProcessEnv,
  offchainFile: string,
): Promise<void> {
  const pnpm = pnpmCommand();
  const indexer = (...command: string[]) => [
    ...pnpm.args,
    ...["--filter", "@ishonch/index", "run", "indexer", ...command],
  ];
  const options = { cwd: root, env, onOutput: logTo(settings, "indexer") };
  // The seed's documents, which the chain holds only hashes of (the QR copies, the appeals).
  const importArgs = [
    ...pnpm.args,
    ...["--filter", "@ishonch/records", "run", "records", "import", offchainFile],
  ];
  await runToCompletion("records import", pnpm.command, importArgs, options);
  // Catch up with the chain first, so that the apps' lists hold the demo data by the time
  // the platform is announced. A database server outlives our chain: `rebuild` also drops
  // what it indexed from the previous one.
  const catchUp = settings.sqliteFile ? "sync" : "rebuild";
  await runToCompletion(`indexer ${catchUp}`, pnpm.command, indexer(catchUp), options);
  supervisor.track(spawnGroup("the indexer", pnpm.command, indexer("run"), options));
}

/** An app's production server (`next start`); ready once its home page answers. */
async function startApp(settings: StartSettings, app: AppSettings, env: NodeJS.ProcessEnv) {
  const next = packageBin(app.dir, "next", "next");
  const server = supervisor.track(
    spawnGroup(`the ${app.name} app`, process.execPath, [next, "start", "--port", `${app.port}`], {
      cwd: app.dir,
      env: { ...env, PORT: `${app.port}` },
      onOutput: logTo(settings, app.name),
    }),
  );
  const url = `http://${LOCALHOST}:${app.port}/`;
  try {
    await waitFor(server.name, () => httpStatus(url), server.exited, APP_READY_TIMEOUT_MS);
  } catch (error) {
    throw new Error(`${(error as Error).message}:\n${server.outputTail()}`, { cause: error });
  }
}

function printSummary(
  settings: StartSettings,
  rpcUrl: string,
  chainId: number,
  deployer: string,
  demo: SeededDemoData,
) {
  const [citizen, officials] = settings.apps;
  const qr = demo.diplomaQrCodes.find((code) => !code.revoked)!;
  const citizenUrl = appUrl(citizen!);
  const accounts = [...demo.accounts]
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
      `  Citizen app     ${citizenUrl}`,
      `  Officials app   ${appUrl(officials!)}`,
      `  Chain           ${rpcUrl} (chain id ${chainId})`,
      `  Deployment      ${shown(settings.deploymentFile)}`,
      `  Index           ${settings.sqliteFile ? shown(settings.sqliteFile) : "DATABASE_URL"}`,
      `  Logs            ${shown(settings.logDir)}/`,
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
      `${shown(join(settings.logDir, "chain.log"))}. Never use them on a real network.`,
      "",
      `A demo diploma's QR code (${qr.holderNameLatin}, ${qr.number}, SYNTHETIC):`,
      `  ${diplomaQrUrl(citizenUrl, qr.id, qr.key)}`,
      "",
    ].join("\n"),
  );
}

async function main(): Promise<void> {
  // A second Ctrl-C falls through to Node's default: exit at once (groups get SIGKILL).
  process.once("SIGINT", () => void shutDown(0));
  process.once("SIGTERM", () => void shutDown(0));
  const settings = readStartSettings();
  await checkAppsCanStart(settings);
  removeOldState(settings);

  console.log(`Starting a local chain on port ${settings.chainPort}…`);
  const chain = supervisor.track({
    name: "the chain",
    ...(await startChain({ port: settings.chainPort, onOutput: logTo(settings, "chain") })),
  });
  console.log("Deploying the contracts, writing the demo data, handing over to the council…");
  const { deployer, demo } = await deployDemoPlatform({
    rpcUrl: chain.rpcUrl,
    deploymentFile: settings.deploymentFile,
  });
  const offchainFile = join(dirname(settings.deploymentFile), "seed-offchain.json");
  writeFileSync(offchainFile, JSON.stringify(demo.offchain));

  console.log("Starting the indexer and both apps…");
  const env = platformEnv(settings, chain.rpcUrl, chain.chainId);
  await Promise.all([
    startIndexer(settings, env, offchainFile),
    ...settings.apps.map((app) => startApp(settings, app, env)),
  ]);
  printSummary(settings, chain.rpcUrl, chain.chainId, deployer, demo);
}

main().catch((error: unknown) => {
  console.error(`\nIshonch could not start: ${(error as Error).message}`);
  void shutDown(1);
});
