// Latency of checking a diploma document against a local chain, as the citizen verify page
// does (SDK verifyDocument: the content rehashed, the proof and status read on chain), on a
// fresh Hardhat node with the demo data. Prints the median and p95 over ROUNDS checks.
// Run with `pnpm --filter @ishonch/devnet run bench`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { JsonRpcProvider } from "ethers";
import { connectIshonch, verifyDocument } from "@ishonch/sdk";
import { deployIshonch, seedDemoData, startChain } from "../src/index.js";

const ROUNDS = 500;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const workDir = mkdtempSync(join(tmpdir(), "ishonch-verify-bench-"));
const chain = await startChain();
try {
  const deployment = await deployIshonch({
    rpcUrl: chain.rpcUrl,
    deploymentFile: join(workDir, "deployment.json"),
  });
  const { offchain } = await seedDemoData(deployment, chain.rpcUrl);
  const provider = new JsonRpcProvider(chain.rpcUrl, deployment.chainId, { staticNetwork: true });
  const contracts = connectIshonch(deployment, provider);
  const documents = offchain.diplomas.map(({ document }) => document);
  const millis: number[] = [];
  const verdicts = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const verdict = await verifyDocument(contracts, documents[round % documents.length]!);
    millis.push(performance.now() - start);
    verdicts.set(verdict.kind, (verdicts.get(verdict.kind) ?? 0) + 1);
  }
  provider.destroy();
  millis.sort((a, b) => a - b);
  console.log(
    `verifyDocument against a local Hardhat node over HTTP, ${ROUNDS} checks of ` +
      `${documents.length} demo diplomas (${[...verdicts].map(([kind, n]) => `${n} ${kind}`).join(", ")})`,
  );
  console.log(
    `median ${percentile(millis, 0.5).toFixed(1)} ms, p95 ${percentile(millis, 0.95).toFixed(1)} ms, ` +
      `max ${millis.at(-1)!.toFixed(1)} ms`,
  );
} finally {
  await chain.stop();
  rmSync(workDir, { recursive: true, force: true });
}
