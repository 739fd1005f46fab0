// Issue 5, done-when 1 (officials' side): a complaint filed to an agency shows in its inbox
// with the law's 15 days; the officer forwards it to the competent agency, which answers;
// the citizen rates the answer unsatisfactory and escalates, and the complaint appears in
// the superior's escalation queue. A second appeal left past its deadline (chain time
// advanced) shows as overdue in the inbox.
import { appealStatus } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import { advanceChainTime } from "../src/chain";
import { citizenReadsAnswer, fileTestAppeal, rateBadlyAndEscalate } from "../src/appeals-actors";
import {
  AppealsOfficials,
  agenciesOf,
  appointStoryOfficers,
  forwardAndAnswer,
  day,
  ministryOfficer,
} from "../src/appeals-officials";

test("a complaint is forwarded, answered, rated unsatisfactory and reaches the superior", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  test.setTimeout(240_000);
  const agencies = agenciesOf(platform);
  const { receiving, competent, superior } = agencies;
  await appointStoryOfficers(platform, wallet, agencies);
  const complaint = await fileTestAppeal(platform, {
    agencyId: receiving.id,
    appealType: "Complaint",
    text: "SYNTHETIC e2e complaint: the school did not publish the exam timetable.",
  });
  const filed = await appealStatus(contracts, complaint.id);
  expect(filed.deadline.getTime() - filed.registeredAt.getTime()).toBe(15 * day * 1000);

  const officials = new AppealsOfficials(page, platform.appUrls.officials, wallet);
  const answer = "SYNTHETIC e2e answer: the timetable is now on the school's board.";
  await forwardAndAnswer(officials, agencies, {
    id: complaint.id,
    text: /exam timetable/,
    forwardReason: "The school is under the district department.",
    answer,
  });
  const answered = await appealStatus(contracts, complaint.id);
  expect(answered.agencyId).toBe(competent.id);
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
  await officials.expectRow(escalationId, `escalated from No. ${complaint.id}`);
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
  // An hour past the 15 days: the inbox counts started days, so the few seconds the test
  // itself takes cannot turn "1 d" into "2 d".
  await advanceChainTime(platform.rpcUrl, 15 * day + 3_600);
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
