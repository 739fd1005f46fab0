import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { id as textHash } from "ethers";
import { startDemoChain, type DemoChain } from "@ishonch/devnet";
import {
  agencyForwardCount,
  connectIshonch,
  devAgencyKeyPair,
  fileAppeal,
  forwardAppeal,
  grantStaffRole,
  prepareAppeal,
  relayerSignerFromEnv,
  StaffRole,
  type IshonchDeployment,
} from "@ishonch/sdk";
import { appealInbox, appealStatistics, closeIndex, type IndexDatabase } from "../src/index.ts";
import { indexToHead } from "../src/indexer-entry.ts";
import { openNewIndex, testBackends } from "./support/databases.ts";

const secretText = "SYNTHETIC index test: the demo bridge at test street 5 is unsafe.";
const day = 86_400;
let demoChain: DemoChain;
let deployment: IshonchDeployment;
let agencyId: number;
/** The district department the agency forwards one complaint to. */
let receiverId: number;
let filedId: number;
let filedCommitment: string;
const backends = testBackends().filter((backend) => backend.skipReason === null);
const openIndexes: IndexDatabase[] = [];

beforeAll(async () => {
  demoChain = await startDemoChain("appeals-test");
  ({ deployment } = demoChain);
  const { demo, provider } = demoChain;
  const officer = demo.accounts.find((account) => account.role === "AppealsOfficer")!;
  agencyId = officer.orgId;
  const relayer = connectIshonch(deployment, await relayerSignerFromEnv({}, provider));
  const fileComplaint = async (text: string) => {
    const prepared = await prepareAppeal({
      appealType: "Complaint",
      agencyId,
      agencyKey: { agencyId, publicKey: devAgencyKeyPair(agencyId).publicKey },
      text,
      files: [],
    });
    const { id } = await fileAppeal(relayer, {
      agencyId,
      appealType: "Complaint",
      contentCommitment: prepared.sealed.commitment,
      citizenKey: prepared.citizenKey,
    });
    return { id, commitment: prepared.sealed.commitment.toLowerCase() };
  };
  ({ id: filedId, commitment: filedCommitment } = await fileComplaint(secretText));
  // One more complaint goes to a district department, whose head makes itself its appeals
  // officer (a forward needs one there, and a superior).
  const head = demo.accounts.find(
    (account) =>
      account.role === "OrganizationAdmin" &&
      demo.organizations.some((org) => org.id === account.orgId && org.parentId !== null),
  )!;
  receiverId = head.orgId;
  const headContracts = connectIshonch(deployment, await provider.getSigner(head.index));
  await grantStaffRole(headContracts, receiverId, StaffRole.AppealsOfficer, head.address);
  const officerContracts = connectIshonch(deployment, await provider.getSigner(officer.index));
  const { id: forwardedId } = await fileComplaint("SYNTHETIC index test: a district matter.");
  await forwardAppeal(
    officerContracts,
    forwardedId,
    receiverId,
    1,
    textHash("SYNTHETIC forward reason"),
  );
  // Sixteen days pass with no answer: the statement and complaints are overdue, the
  // proposal (30 days) is not.
  await provider.send("evm_increaseTime", [16 * day]);
  await provider.send("evm_mine", []);
  for (const backend of backends) openIndexes.push(await openNewIndex(backend));
  for (const db of openIndexes) await indexToHead(db, deployment, { batchBlocks: 1_000 });
});

afterAll(async () => {
  for (const db of openIndexes) await closeIndex(db);
  for (const backend of backends) await backend.cleanUp();
  await demoChain?.stop();
});

async function chainTime(): Promise<Date> {
  return new Date((await demoChain.provider.getBlock("latest"))!.timestamp * 1000);
}

describe.each(backends.map((backend, i) => [backend.provider, i] as const))(
  "appeals on %s",
  (_, i) => {
    test("the inbox lists the agency's open appeals by deadline, overdue ones marked", async () => {
      const db = openIndexes[i]!;
      const inbox = await appealInbox(db, { agencyId, now: await chainTime() });
      expect(inbox.items.map((row) => row.appealType)).toEqual([
        "Statement",
        "Complaint",
        "Proposal",
      ]);
      expect(inbox.items.map((row) => row.overdue)).toEqual([true, true, false]);
      const deadlines = inbox.items.map((row) => row.deadline.getTime());
      expect([...deadlines].sort((a, b) => a - b)).toEqual(deadlines);
      expect(inbox.items.find((row) => row.id === filedId)?.status).toBe("Registered");
    });

    test("statistics count received, answered on time, overdue, forwarded and the median time", async () => {
      const db = openIndexes[i]!;
      const stats = await appealStatistics(db, await chainTime());
      expect(stats.map((row) => row.agencyId)).toEqual(
        [agencyId, receiverId].sort((a, b) => a - b),
      );
      const agency = stats.find((row) => row.agencyId === agencyId)!;
      expect(agency).toMatchObject({
        received: 4,
        answeredOnTime: 1,
        answeredLate: 0,
        overdue: 2,
        forwarded: 1,
      });
      expect(agency.medianAnswerSeconds).toBeGreaterThanOrEqual(0);
      expect(agency.medianAnswerSeconds).toBeLessThan(day);
      // The forwarded complaint counts at its receiver, overdue there after 16 days.
      expect(stats.find((row) => row.agencyId === receiverId)).toMatchObject({
        received: 1,
        answeredOnTime: 0,
        overdue: 1,
        forwarded: 0,
        medianAnswerSeconds: null,
      });
      const contracts = connectIshonch(deployment, demoChain.provider);
      for (const row of stats) {
        expect(row.forwarded).toBe(await agencyForwardCount(contracts, row.agencyId));
      }
    });

    // The sealed documents and their reading back: the records' appeals-privacy test.
    test("the index holds no readable text of the appeal", async () => {
      const db = openIndexes[i]!;
      const everything = JSON.stringify({
        appeals: await db.prisma.appeal.findMany(),
        events: await db.prisma.event.findMany(),
      });
      // The check must see the appeal's own rows, or it proves nothing.
      expect(everything.toLowerCase()).toContain(filedCommitment);
      expect(everything).not.toContain("bridge");
      expect(everything).not.toContain("SYNTHETIC");
    });
  },
);
