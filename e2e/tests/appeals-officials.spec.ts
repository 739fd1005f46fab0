// Issue 5, done-when 1 (officials' side): a complaint filed to an agency shows in its inbox
// with the law's 15 days; the officer forwards it to the competent agency, which answers;
// the citizen rates the answer unsatisfactory and escalates, and the complaint appears in
// the superior's escalation queue. A second appeal left past its deadline (chain time
// advanced) shows as overdue in the inbox.
import { appealStatus } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import {
  advanceChainTime,
  citizenReadsAnswer,
  ensureAppealsOfficer,
  fileTestAppeal,
  rateBadlyAndEscalate,
} from "../src/appeals-actors";
import { AppealsOfficials } from "../src/appeals-officials";
import type { PlatformInfo } from "../src/platform-info";

/** Outsiders of the demo data made appeals officers by their organizations' heads. */
const departmentOfficer = 12;
const ministryOfficer = 14;
const day = 86_400;
/** A write waits for the wallet, the chain and the index: slow on a loaded machine. */
const writeTimeout = { timeout: 45_000 };

/** The demo agencies of the story: who receives, who is competent, who is above it. */
function agenciesOf(platform: PlatformInfo) {
  const officer = platform.demo.accounts.find((account) => account.role === "AppealsOfficer");
  const receiving = platform.demo.organizations.find((org) => org.id === officer?.orgId);
  const competent = platform.demo.organizations.find(
    (org) => org.orgType === "DistrictEducationDepartment" && org.name.includes("Chilonzor"),
  );
  const superior = platform.demo.organizations.find((org) => org.id === competent?.parentId);
  const head = (orgId: number | undefined) =>
    platform.demo.accounts.find(
      (account) => account.role === "OrganizationAdmin" && account.orgId === orgId,
    );
  const competentHead = head(competent?.id);
  const superiorHead = head(superior?.id);
  if (!officer || !receiving || !competent || !superior || !competentHead || !superiorHead) {
    throw new Error("the demo data lacks the appeals officer, the department or its ministry");
  }
  return { officer, receiving, competent, superior, competentHead, superiorHead };
}

test("a complaint is forwarded, answered, rated unsatisfactory and reaches the superior", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  test.setTimeout(240_000);
  const { officer, receiving, competent, superior, competentHead, superiorHead } =
    agenciesOf(platform);
  await ensureAppealsOfficer(
    platform,
    competentHead.index,
    competent.id,
    wallet.accountAt(departmentOfficer),
  );
  await ensureAppealsOfficer(
    platform,
    superiorHead.index,
    superior.id,
    wallet.accountAt(ministryOfficer),
  );
  const complaint = await fileTestAppeal(platform, {
    agencyId: receiving.id,
    appealType: "Complaint",
    text: "SYNTHETIC e2e complaint: the school did not publish the exam timetable.",
  });
  const filed = await appealStatus(contracts, complaint.id);
  expect(filed.deadline.getTime() - filed.registeredAt.getTime()).toBe(15 * day * 1000);

  await wallet.useAccount(officer.index);
  const officials = new AppealsOfficials(page, platform.appUrls.officials, wallet);
  await officials.open();
  await officials.showAgency(receiving);
  await expect(officials.row(complaint.id)).toContainText("Complaint");
  await expect(officials.row(complaint.id)).toContainText("15 d left");
  await officials.openAppeal(complaint.id);
  await expect(page.getByTestId("appeal-text")).toHaveText(/exam timetable/);
  await officials.forward(competent, "The school is under the district department.");
  await expect(officials.action("appeal-forward").getByRole("status")).toContainText(
    `Appeal No. ${complaint.id} forwarded to agency ${competent.id}`,
    writeTimeout,
  );
  expect((await appealStatus(contracts, complaint.id)).agencyId).toBe(competent.id);

  await wallet.useAccount(departmentOfficer);
  await officials.open();
  await officials.showAgency(competent);
  await expect(officials.row(complaint.id)).toContainText("Forwarded");
  await officials.openAppeal(complaint.id);
  const answer = "SYNTHETIC e2e answer: the timetable is now on the school's board.";
  await officials.answer(answer);
  await expect(officials.action("appeal-answer").getByRole("status")).toContainText(
    `Appeal No. ${complaint.id} answered`,
    writeTimeout,
  );
  const answered = await appealStatus(contracts, complaint.id);
  expect(answered.status).toBe("Answered");
  expect(await citizenReadsAnswer(platform, answered.answerCommitment!, complaint.secret)).toBe(
    answer,
  );

  const escalationId = await rateBadlyAndEscalate(platform, {
    id: complaint.id,
    secret: complaint.secret,
    superiorId: superior.id,
    complaint: "SYNTHETIC e2e: the answer ignores the question.",
  });
  await wallet.useAccount(ministryOfficer);
  await officials.open();
  await officials.showAgency(superior, "escalations");
  await expect(officials.row(escalationId)).toContainText(`escalated from No. ${complaint.id}`);
  await officials.openAppeal(escalationId);
  await expect(page.getByTestId("appeal-text")).toHaveText(/ignores the question/);
});

test("an appeal left unanswered past its deadline shows as overdue in the inbox", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const { officer, receiving } = agenciesOf(platform);
  const statement = await fileTestAppeal(platform, {
    agencyId: receiving.id,
    appealType: "Statement",
    text: "SYNTHETIC e2e statement that nobody answers.",
  });
  await advanceChainTime(platform, 16 * day);
  expect((await appealStatus(contracts, statement.id)).status).toBe("Overdue");

  await wallet.useAccount(officer.index);
  const officials = new AppealsOfficials(page, platform.appUrls.officials, wallet);
  await officials.open();
  await officials.showAgency(receiving);
  const row = officials.row(statement.id);
  await expect(row).toContainText("Overdue");
  await expect(row).toContainText("overdue by 1 d");
  // Overdue appeals lead the inbox: the nearest deadline first.
  await expect(page.getByTestId("appeals-inbox").locator("tbody tr").first()).toContainText(
    "Overdue",
  );
});
