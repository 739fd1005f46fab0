// Issue 3: one diploma issued from the officials app's form (fields checked before anything
// is signed, one signature, its document file and PDF), verified by an employer; done when 2
// in the UI (no issuer role, or a suspended organization: told before signing, refused in
// words, nothing issued); and a correction that supersedes an earlier diploma.
import {
  diplomaCertificateHash,
  diplomaQrUrl,
  parseDiplomaQr,
  type IshonchContracts,
} from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import {
  documentFile,
  graduatingClass,
  issueClassWithSdk,
  uniqueSeries,
  VerifyPage,
} from "../src/certificates";
import { qrTextsOfPdf } from "../src/certificates-pdf";
import {
  CorrectionForm,
  grantRolesAsAdmin,
  openDiplomasPage,
  setStatusThroughCouncil,
  SingleIssueForm,
  typedGraduate,
} from "../src/diplomas-single";
import type { PlatformInfo } from "../src/platform-info";

// Demo accounts (packages/devnet/src/demo-plan.ts).
const schoolIssuer = 9; // DiplomaIssuer of Chilonzor school no. 110
const suspendedIssuer = 7; // DiplomaIssuer of Samarkand State University
const universityAdmin = 1; // OrganizationAdmin of the National University
const correctionClerk = 13; // free: given issuer and revoker roles by the university's admin
const outsider = 16; // no role anywhere
const hexBlob = /0x[0-9a-f]{8,}/i;

// Signing, waiting for the index and a second browser page for the employer take a while.
test.describe.configure({ timeout: 90_000 });

function demoAccount(platform: PlatformInfo, index: number) {
  const account = platform.demo.accounts.find((candidate) => candidate.index === index);
  if (!account) throw new Error(`the demo data gives account ${index} no role`);
  return account;
}

async function batchesIssuedBy(contracts: IshonchContracts, orgId: number): Promise<number> {
  const registry = contracts.certificateRegistry;
  return (await registry.queryFilter(registry.filters.BatchIssued(undefined, orgId))).length;
}

test("a school's issuer issues one diploma from the form, after every field error is fixed", async ({
  page,
  browser,
  wallet,
  platform,
}) => {
  const issuer = demoAccount(platform, schoolIssuer);
  const series = uniqueSeries();
  const typed = typedGraduate(series, "4000001");
  await openDiplomasPage(page, wallet, platform, schoolIssuer);
  const form = new SingleIssueForm(page);
  await form.chooseOrganization(issuer.orgId);
  await expect(form.roleNotice).toHaveCount(0);

  // A day that does not exist and a series with a digit: each said next to its field.
  await form.fill({ ...typed, dateOfBirth: "31.02.2008", series: "A1" });
  await form.sign();
  await expect(form.fieldError("dateOfBirth")).toHaveText(
    "“31.02.2008” is not a date (DD.MM.YYYY).",
  );
  await expect(form.fieldError("series")).toHaveText("The series is 1 to 4 Latin letters.");
  await expect(form.field("series")).toHaveAttribute("aria-invalid", "true");
  await expect(form.fieldError("holderNameLatin")).toHaveCount(0);
  expect(wallet.sentTransactions).toEqual([]);

  await form.fill({ dateOfBirth: typed.dateOfBirth, series });
  await form.sign();
  await expect(form.result).toContainText(`Diploma ${series} 4000001 issued.`, {
    timeout: 30_000,
  });
  expect(wallet.sentTransactions).toHaveLength(1);
  await expect(form.fieldError("series")).toHaveCount(0);

  const document = await form.downloadDocument();
  const pdf = await form.downloadPdf();
  expect(pdf.name).toBe(`${series}4000001.pdf`);
  const [printed] = qrTextsOfPdf(pdf.bytes);
  if (printed === undefined) throw new Error("no QR code could be read in the PDF");
  const { id, key } = parseDiplomaQr(printed);

  // The employer: the document file, then the PDF's QR code (the copy stored by the app).
  const employer = await browser.newPage();
  const verify = new VerifyPage(employer, platform.appUrls.citizen);
  await verify.open();
  await verify.uploadDocument(documentFile(`${series}4000001.json`, document));
  await expect(verify.verdict).toHaveAttribute("data-status", "valid");
  await expect(verify.holder).toContainText("Gulnora Toʻxtayeva");
  await expect(verify.fact("issuer")).toHaveText(issuer.organization);
  await verify.openLink(diplomaQrUrl(platform.appUrls.citizen, id, key));
  await expect(verify.verdict).toHaveAttribute("data-status", "valid");
  await expect(verify.holder).toContainText("Gulnora Toʻxtayeva");
  await employer.close();
});

test("an account without the issuer role is told so before signing; the refusal is in words", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const school = demoAccount(platform, schoolIssuer).orgId;
  const before = await batchesIssuedBy(contracts, school);
  await openDiplomasPage(page, wallet, platform, outsider);
  const form = new SingleIssueForm(page);
  await form.chooseOrganization(school);
  await expect(form.roleNotice).toHaveText(
    `Your account does not hold the role Diploma issuer in organization ${school} on chain: the contract will refuse this.`,
  );

  await form.fill(typedGraduate(uniqueSeries(), "4000002"));
  await form.sign();
  await expect(form.error).toHaveText(
    `Your account does not hold the role needed for this in organization ${school}. Ask the organization's administrator.`,
  );
  await expect(form.error).not.toContainText(hexBlob);
  expect(wallet.sentTransactions).toEqual([]);
  expect(await batchesIssuedBy(contracts, school)).toBe(before);
});

test("a suspended organization's issuer is told so before signing; the refusal is in words", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const university = demoAccount(platform, suspendedIssuer).orgId;
  await setStatusThroughCouncil(platform, university, "Suspended");
  try {
    const before = await batchesIssuedBy(contracts, university);
    await openDiplomasPage(page, wallet, platform, suspendedIssuer);
    const form = new SingleIssueForm(page);
    await form.chooseOrganization(university);
    await expect(form.roleNotice).toHaveText(
      `Organization ${university} is not active on chain (Suspended): the contract will refuse to issue its diplomas.`,
    );

    await form.fill(typedGraduate(uniqueSeries(), "4000003"));
    await form.sign();
    await expect(form.error).toHaveText(
      "The organization is not registered or is suspended: no diplomas can be issued or revoked in its name.",
    );
    expect(wallet.sentTransactions).toEqual([]);
    expect(await batchesIssuedBy(contracts, university)).toBe(before);
  } finally {
    await setStatusThroughCouncil(platform, university, "Active");
  }
});

test("a correction supersedes the earlier diploma, which then shows as replaced by it", async ({
  page,
  browser,
  wallet,
  platform,
  contracts,
}) => {
  const university = demoAccount(platform, universityAdmin).orgId;
  await grantRolesAsAdmin(
    platform,
    universityAdmin,
    university,
    ["DiplomaIssuer", "DiplomaRevoker"],
    wallet.accountAt(correctionClerk),
  );
  const series = uniqueSeries();
  const [earlier] = await issueClassWithSdk(platform, graduatingClass(series, 4000010).slice(0, 1));
  if (!earlier) throw new Error("nothing issued");

  await openDiplomasPage(page, wallet, platform, correctionClerk);
  const form = new CorrectionForm(page);
  await form.loadEarlier(documentFile(`${series}4000010.json`, earlier));
  await expect(form.field("holderNameLatin")).toHaveValue("Dilnoza Gʻulomova");
  await expect(form.field("dateOfBirth")).toHaveValue("14.03.2002");
  await expect(form.roleNotice).toHaveCount(0);
  await form.fill({ holderNameLatin: "Dilnoza Gʻulomova-Karimova" });
  await form.sign();
  await expect(form.result).toContainText(`Diploma ${series} 4000010 corrected`, {
    timeout: 30_000,
  });
  // Issuing the correction, then superseding the earlier one: the contract's two calls.
  expect(wallet.sentTransactions).toHaveLength(2);
  const corrected = await form.downloadDocument();

  const employer = await browser.newPage();
  const verify = new VerifyPage(employer, platform.appUrls.citizen);
  await verify.open();
  await verify.uploadDocument(documentFile("earlier.json", earlier));
  await expect(verify.verdict).toHaveAttribute("data-status", "revoked");
  await expect(verify.fact("reason")).toHaveText("Replaced by a corrected diploma");
  await expect(verify.fact("replacedBy")).toHaveText(diplomaCertificateHash(corrected));
  await verify.open();
  await verify.uploadDocument(documentFile("corrected.json", corrected));
  await expect(verify.verdict).toHaveAttribute("data-status", "valid");
  await expect(verify.holder).toContainText("Dilnoza Gʻulomova-Karimova");
  await employer.close();

  // Correcting the replaced diploma again is refused before anything is signed.
  const batchesBefore = await batchesIssuedBy(contracts, university);
  await form.loadEarlier(documentFile(`${series}4000010.json`, earlier));
  // As a person would, sign once the form shows the loaded diploma again (the file is read
  // asynchronously; a click before that would land on the previous correction's form).
  await expect(form.field("holderNameLatin")).toHaveValue("Dilnoza Gʻulomova");
  await form.sign();
  await expect(form.error).toHaveText("This diploma has already been revoked.");
  expect(wallet.sentTransactions).toHaveLength(2);
  expect(await batchesIssuedBy(contracts, university)).toBe(batchesBefore);
});
