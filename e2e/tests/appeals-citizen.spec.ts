// Issue 5 through the citizen's pages (no JavaScript): bad input is refused with a clear
// message and nothing written (done-when 4); a complaint filed on the form reaches the
// agency's inbox with 15 days, is forwarded and answered there, and the citizen reads the
// answer with number and secret, rates it unsatisfactory and escalates, so it appears in the
// superior's escalation queue (done-when 1); an appeal left unanswered shows as overdue to
// the citizen, the officials and the public statistics. This file advances the chain's clock
// by 16 days at its very end; the specs after it create their own appeals and offers.
import { appealStatus, formatCitizenSecret, generateCitizenSecret } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import { advanceChainTime } from "../src/chain";
import { sealedDocumentCount } from "../src/appeals-actors";
import { CitizenAppealsPages, type PickedFile } from "../src/appeals-citizen";
import {
  AppealsOfficials,
  agenciesOf,
  appointStoryOfficers,
  forwardAndAnswer,
  day,
  ministryOfficer,
} from "../src/appeals-officials";

const twoMegabytes = 2 * 1024 * 1024;

/** A file whose first bytes make it a PDF, padded to `size` bytes. */
function pdfOfSize(size: number): Buffer {
  const pdf = Buffer.alloc(size, 0x20);
  pdf.write("%PDF-1.4\n");
  return pdf;
}

const refusedFilings: { what: string; text: string; files?: PickedFile[]; message: RegExp }[] = [
  { what: "an empty text", text: "   ", message: /text is empty/ },
  { what: "a huge text", text: "x".repeat(20_001), message: /too long/ },
  {
    what: "an attachment over the limit",
    text: "SYNTHETIC e2e: the scan is too large.",
    files: [{ name: "scan.pdf", mimeType: "application/pdf", buffer: pdfOfSize(twoMegabytes + 1) }],
    message: /too large/,
  },
  {
    what: "a program",
    text: "SYNTHETIC e2e: a program attached.",
    files: [
      { name: "setup.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ\x90\0") },
    ],
    message: /not accepted/,
  },
  {
    what: "a text file renamed .pdf",
    text: "SYNTHETIC e2e: a fake PDF attached.",
    files: [{ name: "letter.pdf", mimeType: "application/pdf", buffer: Buffer.from("Hello") }],
    message: /not accepted/,
  },
];

test("bad input on the citizen's pages gets a clear message and writes nothing", async ({
  page,
  platform,
  contracts,
}) => {
  test.setTimeout(180_000);
  const { receiving } = agenciesOf(platform);
  const citizen = new CitizenAppealsPages(page, platform.appUrls.citizen);
  const appealsBefore = await contracts.citizenAppeals.appealCount();
  const documentsBefore = await sealedDocumentCount(platform);
  for (const filing of refusedFilings) {
    await citizen.file({ appealType: "Complaint", agencyId: receiving.id, ...filing });
    await expect(citizen.error(), filing.what).toContainText(filing.message);
    await expect(page.getByTestId("appeal-receipt")).toHaveCount(0);
    expect(await contracts.citizenAppeals.appealCount(), filing.what).toBe(appealsBefore);
    expect(await sealedDocumentCount(platform), filing.what).toBe(documentsBefore);
  }

  await citizen.file({
    appealType: "Statement",
    agencyId: receiving.id,
    text: "SYNTHETIC e2e statement, to be looked up with wrong details.",
  });
  const filed = await citizen.receipt();
  const wrongSecret = formatCitizenSecret(generateCitizenSecret());
  const wrongLookups = [
    { what: "a malformed number", number: "twelve", secret: filed.secret, message: /whole number/ },
    { what: "an unknown number", number: String(filed.id + 1000), secret: filed.secret },
    { what: "a wrong secret", number: String(filed.id), secret: wrongSecret, message: /not match/ },
    { what: "a malformed secret", number: String(filed.id), secret: "1234", message: /24 letters/ },
  ];
  for (const lookup of wrongLookups) {
    await citizen.track(lookup.number, lookup.secret);
    await expect(citizen.error(), lookup.what).toContainText(lookup.message ?? /\S/);
    await expect(citizen.status()).toHaveCount(0);
    await expect(page.getByTestId("appeal-text")).toHaveCount(0);
  }
});

test("a complaint filed on the citizen's form is forwarded, answered, rated and escalated", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  test.setTimeout(300_000);
  const agencies = agenciesOf(platform);
  const { receiving, superior } = agencies;
  await appointStoryOfficers(platform, wallet, agencies);
  const citizen = new CitizenAppealsPages(page, platform.appUrls.citizen);
  await citizen.file({
    appealType: "Complaint",
    agencyId: receiving.id,
    text: "SYNTHETIC e2e citizen complaint: the school canteen closed without notice.",
    files: [{ name: "photo.pdf", mimeType: "application/pdf", buffer: pdfOfSize(2_000) }],
  });
  const filed = await citizen.receipt();
  const onChain = await appealStatus(contracts, filed.id);
  expect(onChain.deadline.getTime() - onChain.registeredAt.getTime()).toBe(15 * day * 1000);

  const officials = new AppealsOfficials(page, platform.appUrls.officials, wallet);
  await forwardAndAnswer(officials, agencies, {
    id: filed.id,
    text: /canteen closed/,
    forwardReason: "Canteens are the district department's matter.",
    answer: "SYNTHETIC e2e answer: the canteen reopens next week.",
  });

  await citizen.track(String(filed.id), filed.secret);
  await expect(citizen.status()).toContainText("Answered");
  await expect(page.getByTestId("appeal-text")).toContainText("canteen closed");
  await expect(page.getByTestId("appeal-text")).toContainText("photo.pdf");
  await expect(page.getByTestId("appeal-answer")).toContainText("reopens next week");
  await citizen.rate(1);
  await expect(page.getByTestId("appeal-done")).toBeVisible();
  // An unsatisfactory rating is what opens the way to the superior. The page shown right
  // after rating may be read from the block before it (a known lag), so the citizen reopens.
  await expect(async () => {
    await citizen.track(String(filed.id), filed.secret);
    await expect(page.getByTestId("escalate-form")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await citizen.escalate("SYNTHETIC e2e: the canteen is still closed.");
  await expect(page.getByTestId("appeal-done")).toBeVisible();
  const escalated = await appealStatus(contracts, filed.id);
  expect(escalated.status).toBe("Escalated");
  const escalationId = escalated.escalatedTo!;
  await expect(page.getByTestId("appeal-done")).toContainText(String(escalationId));

  await wallet.useAccount(ministryOfficer);
  await officials.open();
  await officials.showAgency(superior, "escalations");
  await officials.expectRow(escalationId, `escalated from No. ${filed.id}`);
  await officials.openAppeal(escalationId);
  await expect(page.getByTestId("appeal-text")).toHaveText(/still closed/);
});

test("an appeal left unanswered shows as overdue to the citizen, officials and the public", async ({
  page,
  wallet,
  platform,
}) => {
  test.setTimeout(180_000);
  const { officer, receiving } = agenciesOf(platform);
  const citizen = new CitizenAppealsPages(page, platform.appUrls.citizen);
  const overdueBefore = await citizen.overdueInStatistics(receiving.id);
  await citizen.file({
    appealType: "Statement",
    agencyId: receiving.id,
    text: "SYNTHETIC e2e statement that nobody answers in time.",
  });
  const filed = await citizen.receipt();
  await citizen.track(String(filed.id), filed.secret);
  await expect(page.getByTestId("appeal-overdue")).toHaveCount(0);

  await advanceChainTime(platform.rpcUrl, 16 * day);
  await citizen.track(String(filed.id), filed.secret);
  await expect(page.getByTestId("appeal-overdue")).toBeVisible();

  await wallet.useAccount(officer.index);
  const officials = new AppealsOfficials(page, platform.appUrls.officials, wallet);
  await officials.open();
  await officials.showAgency(receiving);
  await officials.expectRow(filed.id, "Overdue");

  // The statistics come from the index, which follows the chain within a few seconds.
  await expect(async () => {
    expect(await citizen.overdueInStatistics(receiving.id)).toBeGreaterThan(overdueBefore);
  }).toPass({ timeout: 30_000 });
});
