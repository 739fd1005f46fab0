// Kindergarten queue benchmark (issue 4): the gas of each operation, and the gas and time of
// the position query as one queue grows to 100,000 applications. Run with `pnpm bench`
// (hardhat run, on the in-process EDR chain). Figures are printed, never asserted.
import { performance } from "node:perf_hooks";
import {
  AGE_GROUP,
  childTag,
  DAY,
  deployQueue,
  newParent,
  ParentAction,
} from "../test/KindergartenQueueFixtures.js";
import { ethers, networkHelpers } from "../test/fixtures.js";
import { APPLICATIONS_PER_FILL, deployQueueFiller, FILL_GAS_LIMIT } from "./queue-filler.js";

/** Queue sizes at which the position query is measured (one queue, filled in turn). */
const QUEUE_SIZES = [1_000, 10_000, 100_000];
/** eth_call repetitions whose median time is reported. */
const TIMED_CALLS = 25;

const format = (value: bigint | number): string => value.toLocaleString("en-US");

const started = performance.now();
const fixture = await deployQueue();
const { queue, officer, relayer, sign, apply } = fixture;

/** Gas used by the last mined transaction (the in-process chain mines one per block). */
async function gasOfLastTransaction(): Promise<bigint> {
  const block = await ethers.provider.getBlock("latest");
  const receipt = await ethers.provider.getTransactionReceipt(block!.transactions[0]);
  return receipt!.gasUsed;
}

/** The offer a child holds in a kindergarten's queue. */
async function offerOf(kindergarten: number, application: bigint): Promise<bigint> {
  return (await queue.getMember(kindergarten, AGE_GROUP, application)).offerId;
}

// ---------------------------------------------------------------- per-operation gas
const operationGas: [string, bigint][] = [];
const record = async (operation: string): Promise<void> => {
  operationGas.push([operation, await gasOfLastTransaction()]);
};
const deadline = (await networkHelpers.time.latest()) + 30 * DAY;

const first = await apply("child-1", [2, 3, 4], 1);
const second = await apply("child-2", [2, 3, 4]);
await apply("child-3", [2, 3, 4]);
await apply("child-4", [2, 3, 4]);
const fifth = await apply("child-5", [2, 3, 4]);
await record("apply, 3 preferences");
await apply("child-6", [2]);
await record("apply, 1 preference");
const claimant = await apply("child-7", [2], 2);
const secondClaimant = await apply("child-8", [2], 1);
await queue.connect(officer).decideClaim(first.application, true, 1);
await record("decide claim: approve, first of its tier (moves the child in 3 queues)");
await queue.connect(officer).decideClaim(secondClaimant.application, true, 1);
await record("decide claim: approve, tier already in use (1 queue)");
await queue.connect(officer).decideClaim(claimant.application, false, 2);
await record("decide claim: reject");
await queue.connect(officer).releaseSeats(3, AGE_GROUP, 1);
const releaseOne = await gasOfLastTransaction();
operationGas.push(["release 1 seat (offered at once)", releaseOne]);
await queue.connect(officer).releaseSeats(4, AGE_GROUP, 2);
const releaseTwo = await gasOfLastTransaction();
operationGas.push(["release 2 seats (both offered at once)", releaseTwo]);
operationGas.push(["  each further seat released and offered", releaseTwo - releaseOne]);

// The parent's signature, made with the key of their secret, that the relayer sends on.
type Applied = Awaited<ReturnType<typeof apply>>;
const signed = (child: Applied, action: number, offerId: bigint): Promise<string> =>
  sign(child.parent, child.application, action, offerId, deadline);
const byRelayer = queue.connect(relayer);

// Child 1 holds offers in kindergartens 3 and 4; child 2 in 4.
const declined = await offerOf(4, second.application);
await byRelayer.declineOffer(
  declined,
  deadline,
  await signed(second, ParentAction.Decline, declined),
);
await record("decline (the seat passes to the next child)");
const accepted = await offerOf(4, first.application);
await byRelayer.acceptOffer(accepted, deadline, await signed(first, ParentAction.Accept, accepted));
await record("accept (enrol; other offer passes on, leaves 2 queues)");
const expiring = await offerOf(3, second.application);
await networkHelpers.time.increase(16 * DAY);
await queue.expireOffer(expiring);
await record("expire an offer (the seat passes to the next child)");
await byRelayer.withdraw(
  fifth.application,
  deadline,
  await signed(fifth, ParentAction.Withdraw, 0n),
);
await record("withdraw (leaves 3 queues)");

console.log(
  "\nKindergarten queue: gas per operation, in queues of a few children (fresh storage, so" +
    " the dearest case; EDR, optimizer 200 runs)\n",
);
console.table(operationGas.map(([operation, gas]) => ({ operation, gas: format(gas) })));

// ---------------------------------------------------------------- position at scale
// One fresh queue (kindergarten 6 of district 5), filled by the filler acting as relayer.
// The last application is the worst case for the position query: everyone else is ahead.
const SCALE_DISTRICT = 5;
const SCALE_KINDERGARTEN = 6;
const filler = await deployQueueFiller(fixture.admin);
await queue
  .connect(fixture.districtAdmin)
  .setRelayer(SCALE_DISTRICT, await filler.getAddress(), true);
await queue.connect(fixture.districtAdmin).setRelayer(SCALE_DISTRICT, relayer.address, true);
await queue.connect(fixture.otherOfficer).setGroupCapacity(SCALE_KINDERGARTEN, AGE_GROUP, 3);
const fill = filler.getFunction("fill");
const queueAddress = await queue.getAddress();

interface ScaleRow {
  size: number;
  applyGas: bigint;
  positionGas: bigint;
  positionMs: number;
  firstWaitingGas: bigint;
  ahead: number;
  fillSeconds: number;
}
const scaleRows: ScaleRow[] = [];
let filled = 0;
for (const size of QUEUE_SIZES) {
  const fillStarted = performance.now();
  // The filler brings the queue to one short of the size; the relayer's application ends it.
  while (filled < size - 1) {
    const count = Math.min(APPLICATIONS_PER_FILL, size - 1 - filled);
    await fill(queueAddress, SCALE_DISTRICT, AGE_GROUP, [SCALE_KINDERGARTEN], filled, count, {
      gasLimit: FILL_GAS_LIMIT,
    });
    filled += count;
  }
  // One more application, sent by the relayer as the citizen app does, at this queue size.
  await queue
    .connect(relayer)
    .submitApplication(
      SCALE_DISTRICT,
      childTag(fixture.districtKey, `scale-${size}`),
      AGE_GROUP,
      [SCALE_KINDERGARTEN],
      0,
      newParent().key.address,
    );
  const applyGas = await gasOfLastTransaction();
  filled = size;
  const last = await queue.applicationCount();
  const [standing] = await queue.positionOf(last);
  const times: number[] = [];
  for (let call = 0; call < TIMED_CALLS; call++) {
    const callStarted = performance.now();
    await queue.positionOf(last);
    times.push(performance.now() - callStarted);
  }
  scaleRows.push({
    size: Number((await queue.getQueue(SCALE_KINDERGARTEN, AGE_GROUP)).waiting),
    applyGas,
    positionGas: await queue.positionOf.estimateGas(last),
    positionMs: median(times),
    firstWaitingGas: await queue.firstWaiting.estimateGas(SCALE_KINDERGARTEN, AGE_GROUP),
    ahead: Number(standing.ahead),
    fillSeconds: (performance.now() - fillStarted) / 1000,
  });
  // Filling is the slow part: say how far it got, in case the run is cut short.
  console.log(scaleColumns(scaleRows.at(-1)!));
}

function scaleColumns(row: ScaleRow): Record<string, string> {
  return {
    "applications in the queue": format(row.size),
    "children ahead": format(row.ahead),
    "apply gas": format(row.applyGas),
    "positionOf gas": format(row.positionGas),
    "positionOf time (ms)": row.positionMs.toFixed(2),
    "firstWaiting gas": format(row.firstWaitingGas),
    "filling took (s)": row.fillSeconds.toFixed(0),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// ---------------------------------------------------------------- report
console.log(
  `\nPosition query in one queue (the last applicant's position; gas is eth_estimateGas,` +
    ` which includes a transaction's 21,000 base; time is the median of ${TIMED_CALLS} eth_calls)\n`,
);
console.table(scaleRows.map(scaleColumns));
console.log(`\nBenchmark took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
