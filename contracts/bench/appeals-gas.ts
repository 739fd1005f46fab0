// Gas of each step of a citizen's appeal on Hardhat's in-process chain, printed as a table: one
// complaint taken through every step (filed, review, extra checking, forwarded, extended,
// answered, rated unsatisfactory, escalated; the escalation answered and rated satisfactory,
// which closes it), and a second appeal left unanswered and marked overdue.
// Run with `pnpm --filter @ishonch/contracts run bench`.
import type { ContractTransactionResponse } from "ethers";
import {
  AppealType,
  citizen,
  agencies,
  commitment,
  DAY,
  deployAppeals,
  fileAppeal,
  escalateAsCitizen,
  rateAsCitizen,
} from "../test/AppealFixtures.js";
import { networkHelpers } from "../test/fixtures.js";
import { gasOf } from "./gas.js";

interface GasRow {
  step: string;
  caller: string;
  gas: bigint;
}

async function measure(): Promise<GasRow[]> {
  const platform = await deployAppeals();
  const { appeals, taxOfficer, landHead, landOfficer, ministryOfficer } = platform;
  const rows: GasRow[] = [];
  const step = async (
    name: string,
    caller: string,
    sent: Promise<ContractTransactionResponse>,
  ): Promise<void> => {
    rows.push({ step: name, caller, gas: await gasOf(sent) });
  };

  const nextId = async (): Promise<bigint> => (await appeals.appealCount()) + 1n;
  const id = await nextId();
  await step(
    "fileAppeal (complaint)",
    "relayer",
    appeals.fileAppeal(agencies.tax, AppealType.Complaint, commitment("bench"), citizen.address),
  );
  await step("startReview", "officer", appeals.connect(taxOfficer).startReview(id));
  await step(
    "requireExtraChecking",
    "officer",
    appeals.connect(taxOfficer).requireExtraChecking(id, commitment("extra checking")),
  );
  await step(
    "forward (to another agency)",
    "officer",
    appeals.connect(taxOfficer).forward(id, agencies.land, 1, commitment("forward reason")),
  );
  await step(
    "extendDeadline",
    "agency head",
    appeals.connect(landHead).extendDeadline(id, 10, 1, commitment("extension reason")),
  );
  await step("answer", "officer", appeals.connect(landOfficer).answer(id, commitment("answer")));
  await step(
    "rateAnswer (unsatisfactory)",
    "relayer, citizen-signed",
    rateAsCitizen(appeals, id, 2),
  );
  const escalationId = await nextId();
  const complaint = commitment("escalation complaint");
  await step(
    "escalate (to the superior)",
    "relayer, citizen-signed",
    escalateAsCitizen(appeals, id, complaint),
  );
  await step(
    "answer (the escalation)",
    "officer",
    appeals.connect(ministryOfficer).answer(escalationId, commitment("superior's answer")),
  );
  await step(
    "rateAnswer (satisfactory, closes)",
    "relayer, citizen-signed",
    rateAsCitizen(appeals, escalationId, 5),
  );

  const unanswered = await fileAppeal(appeals, agencies.tax, AppealType.Statement, "unanswered");
  await networkHelpers.time.increase(16n * DAY);
  await step("markOverdue", "anyone", appeals.markOverdue(unanswered));
  return rows;
}

const rows = await measure();
console.log("Appeal gas per lifecycle step (CitizenAppeals, Hardhat EDR, optimizer 200 runs)");
console.table(rows.map(({ step, caller, gas }) => ({ step, caller, gas: Number(gas) })));
