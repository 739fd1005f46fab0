// The bulk check of diploma numbers as the citizen app's route runs it (`checkNumbers`), on a
// fresh local chain with 1,000 diplomas of three organizations in five batches (some revoked)
// and SQLite records: the JSON-RPC calls it makes, counted at the node's HTTP door, and its
// wall time, printed beside the targets (at most 25 chain calls, within 1 s on 2 cores). The
// check one number at a time (the route before) is measured the same way, for comparison.
// Run with `pnpm --filter @ishonch/citizen run bench` (or `pnpm bench`): on Hardhat's node, then
// on anvil (ISHONCH_CHAIN_ENGINE picks one when run by hand).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseChainEngine, startDemoChain, syntheticDiplomaFields } from "@ishonch/devnet";
import { migrateRecords } from "@ishonch/records/admin";
import { closeRecords, openRecords, storeIssuedDiplomas } from "@ishonch/records";
import {
  connectIshonch,
  encryptDocument,
  issueBatch,
  prepareDiploma,
  REASON_FRAUD,
  revokeCertificate,
  VERIFY_MANY_CHUNK,
  diplomaCertificateHash,
  type DiplomaDocument,
} from "@ishonch/sdk";

const TARGET_CALLS = 25;
const TARGET_MS = 1_000;
const ROUNDS = 5;
/** For each of the demo's three issuing organizations: how many diplomas, in how many batches. */
const CLASSES = [
  { diplomas: 400, batches: 2 },
  { diplomas: 400, batches: 2 },
  { diplomas: 200, batches: 1 },
];
const REVOKED = 25;
const SERIES = "BN";

/** JSON-RPC calls by method, and HTTP requests, that passed through the proxy. */
interface Counts {
  requests: number;
  calls: Map<string, number>;
}

const total = (counts: Counts) => [...counts.calls.values()].reduce((sum, n) => sum + n, 0);
const byMethod = (counts: Counts) =>
  [...counts.calls].map(([method, n]) => `${n} ${method}`).join(", ");

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** An HTTP proxy in front of the node that counts every JSON-RPC call (batched or not). */
async function countingProxy(
  target: string,
): Promise<{ url: string; counts: Counts; server: Server }> {
  const counts: Counts = { requests: 0, calls: new Map() };
  const server = createServer((request, response) => {
    void (async () => {
      const body = await bodyOf(request);
      counts.requests++;
      const parsed = JSON.parse(body) as { method: string } | { method: string }[];
      for (const { method } of Array.isArray(parsed) ? parsed : [parsed]) {
        counts.calls.set(method, (counts.calls.get(method) ?? 0) + 1);
      }
      const answer = await fetch(target, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
      });
      response.writeHead(answer.status, { "Content-Type": "application/json" });
      response.end(await answer.text());
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, counts, server };
}

function reset(counts: Counts): void {
  counts.requests = 0;
  counts.calls.clear();
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mark = (ok: boolean) => (ok ? "within target" : "OVER TARGET");

const engine = parseChainEngine(process.env.ISHONCH_CHAIN_ENGINE);
const demoChain = await startDemoChain("bulk-bench", { engine });
const proxy = await countingProxy(demoChain.chain.rpcUrl);
try {
  const { deployment, demo, provider, workDir } = demoChain;
  const issuers = demo.accounts.filter((account) => account.role === "DiplomaIssuer");

  // 1,000 diplomas, issued as the officials app issues a class.
  const documents: DiplomaDocument[] = [];
  const numbers: { series: string; number: string }[] = [];
  for (const [i, { diplomas, batches }] of CLASSES.entries()) {
    const issuing = issuers[i]!;
    const issuer = connectIshonch(deployment, await provider.getSigner(issuing.index));
    for (let batch = 0; batch < batches; batch++) {
      const prepared = Array.from({ length: diplomas / batches }, () => {
        const number = String(1_000_000 + numbers.length);
        numbers.push({ series: SERIES, number });
        return prepareDiploma(issuing.orgId, syntheticDiplomaFields(SERIES, number));
      });
      documents.push(...(await issueBatch(issuer, prepared)).documents);
    }
  }
  const revoking = demo.accounts.find(
    (account) => account.role === "DiplomaRevoker" && account.orgId === issuers[0]!.orgId,
  )!;
  const revoker = connectIshonch(deployment, await provider.getSigner(revoking.index));
  for (const document of documents.slice(0, REVOKED * 8).filter((_, i) => i % 8 === 0)) {
    await revokeCertificate(revoker, document, REASON_FRAUD);
  }

  const recordsUrl = `file:${join(workDir, "records.db")}`;
  const records = await openRecords(recordsUrl, { create: true });
  await migrateRecords(records);
  await storeIssuedDiplomas(
    records,
    await Promise.all(
      documents.map(async (document) => {
        const { id, ciphertext } = await encryptDocument(document);
        return { document, copy: { id, ciphertext } };
      }),
    ),
  );
  await closeRecords(records);

  // The route's own code, reading the deployment and the records as the server does, with
  // its chain reads going through the counting proxy.
  process.env.RECORDS_DATABASE_URL = recordsUrl;
  process.env.ISHONCH_DEPLOYMENT = join(workDir, "deployment.json");
  process.env.ISHONCH_RPC_URL = proxy.url;
  const { checkNumber, checkNumbers } = await import("../src/features/verify/server/check.ts");

  const millis: number[] = [];
  const cpuMillis: number[] = [];
  const calls: number[] = [];
  let outcomes: Awaited<ReturnType<typeof checkNumbers>> = [];
  let last: Counts = { requests: 0, calls: new Map() };
  for (let round = 0; round < ROUNDS; round++) {
    reset(proxy.counts);
    const start = performance.now();
    const cpu = process.cpuUsage();
    outcomes = await checkNumbers("en", numbers);
    millis.push(performance.now() - start);
    const { user, system } = process.cpuUsage(cpu);
    cpuMillis.push((user + system) / 1000);
    calls.push(total(proxy.counts));
    last = { requests: proxy.counts.requests, calls: new Map(proxy.counts.calls) };
  }
  const statuses = new Map<string, number>();
  for (const outcome of outcomes) {
    const status = outcome.kind === "verdict" ? outcome.verdict.status : outcome.problem;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }

  // The same numbers one at a time, eight at once: what the route did before.
  reset(proxy.counts);
  const singleStart = performance.now();
  let index = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (index < numbers.length) {
        const { series, number } = numbers[index++]!;
        await checkNumber("en", series, number);
      }
    }),
  );
  const singleMs = performance.now() - singleStart;
  const singleCalls = total(proxy.counts);

  // What one chunk costs, beside the node's block gas limit (its eth_call cap).
  const locator = (document: DiplomaDocument) => ({
    orgId: document.orgId,
    certificateHash: diplomaCertificateHash(document),
    proof: document.anchor.proof,
    root: document.anchor.root,
  });
  const registry = connectIshonch(deployment, provider).certificateRegistry;
  const chunkGas = await registry.verifyMany.estimateGas(
    documents.slice(0, VERIFY_MANY_CHUNK).map(locator),
  );
  const gasLimit = (await provider.getBlock("latest"))!.gasLimit;

  console.log(
    `Bulk check of ${numbers.length} diploma numbers (${CLASSES.length} organizations, ` +
      `${CLASSES.reduce((n, c) => n + c.batches, 0)} batches; ` +
      `${[...statuses].map(([status, n]) => `${n} ${status}`).join(", ")}), ` +
      `checkNumbers against a local ${engine} node over HTTP, SQLite records:`,
  );
  console.log(
    `  chain calls: ${median(calls)} (${byMethod(last)}; ${last.requests} HTTP requests) ` +
      `— target at most ${TARGET_CALLS}: ${mark(Math.max(...calls) <= TARGET_CALLS)}`,
  );
  console.log(
    `  wall time: first ${millis[0]!.toFixed(0)} ms, median of ${ROUNDS} ${median(millis).toFixed(0)} ms, ` +
      `max ${Math.max(...millis).toFixed(0)} ms — target within ${TARGET_MS} ms: ` +
      mark(median(millis) <= TARGET_MS),
  );
  console.log(
    `  of which CPU in this process (records, hashing, coding, verdicts, and the counting proxy): median ` +
      `${median(cpuMillis).toFixed(0)} ms; the rest is waiting for the node`,
  );
  console.log(
    `  verifyMany of ${VERIFY_MANY_CHUNK} certificates (one chunk): ${chunkGas.toLocaleString("en")} gas ` +
      `(block gas limit ${gasLimit.toLocaleString("en")})`,
  );
  console.log(
    `  load average while measuring: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(", ")} (2 cores)`,
  );
  console.log(
    `One number at a time (checkNumber, 8 at once, as before): ${singleCalls} chain calls, ` +
      `${singleMs.toFixed(0)} ms`,
  );
} finally {
  proxy.server.close();
  await demoChain.stop();
}
