// Issue 3, done when 1: a university's staff member issues a class from a CSV file with one
// signature and downloads the PDFs; the QR code printed in a PDF opens the citizen app's
// verify page, which shows the diploma valid with the holder's name; after revocation the
// same code shows it revoked with the reason; the document with one letter of the name
// changed is tampered; a QR code of an unrelated link is "not an Ishonch code".
import { parseDiplomaDocument, parseDiplomaQr } from "@ishonch/sdk";
import { readFile } from "node:fs/promises";
import { expect, test } from "../src/fixtures";
import {
  demoStaff,
  documentFile,
  graduatingClass,
  openClassIssuePage,
  qrPhoto,
  uniqueSeries,
  VerifyPage,
  withOneLetterChanged,
} from "../src/certificates";
import { classCsvFile, filesOfZip, qrTextsOfPdf } from "../src/certificates-pdf";

test("a class issued with one signature verifies by the QR code of its PDFs, until revoked", async ({
  page,
  browser,
  wallet,
  platform,
}) => {
  test.setTimeout(120_000);
  const series = uniqueSeries();
  const fields = graduatingClass(series, 3000001);

  // The staff member: CSV in, preview, one signature, the zip of the class out.
  const issuer = await openClassIssuePage(page, wallet, platform);
  await page.getByTestId("diploma-csv-upload").setInputFiles(classCsvFile(fields));
  await expect(page.getByTestId("diploma-csv-preview")).toContainText("3 diplomas ready");
  const signaturesBefore = wallet.requests.filter((r) => r.method === "eth_sendTransaction").length;
  await page.getByTestId("diploma-issue-class").click();
  await expect(page.getByTestId("diploma-issued")).toBeVisible({ timeout: 60_000 });
  const signatures = wallet.requests.filter((r) => r.method === "eth_sendTransaction").length;
  expect(signatures - signaturesBefore).toBe(1);
  const download = page.waitForEvent("download");
  await page.getByTestId("diploma-download-zip").click();
  const zip = filesOfZip(await readFile(await (await download).path()));
  const pdf = zip.get(`${series}3000001.pdf`);
  const documentJson = zip.get(`${series}3000001.json`);
  if (!pdf || !documentJson) throw new Error(`the zip lacks ${series}3000001: ${[...zip.keys()]}`);

  // The employer: the code printed in the PDF, read as a phone reads it.
  const [printed] = qrTextsOfPdf(pdf);
  if (printed === undefined) throw new Error("no QR code could be read in the PDF");
  const { id, key } = parseDiplomaQr(printed);
  // The officials app prints its configured citizen address; this run's citizen app
  // answers the same code (any copy of the app verifies any diploma).
  const qrLink = `${platform.appUrls.citizen}/verify#${id}.${key}`;
  const employer = await browser.newPage();
  const verify = new VerifyPage(employer, platform.appUrls.citizen);
  await verify.openLink(qrLink);
  await expect(verify.verdict).toHaveAttribute("data-status", "valid");
  await expect(verify.holder).toContainText("Dilnoza Gʻulomova");
  await expect(verify.fact("issuer")).toHaveText(issuer.organization);

  // The document with one letter of the name changed.
  const document = parseDiplomaDocument(Buffer.from(documentJson).toString("utf8"));
  await verify.uploadDocument(documentFile("diploma.json", withOneLetterChanged(document)));
  await expect(verify.verdict).toHaveAttribute("data-status", "tampered");

  // A QR code of something else entirely.
  await verify.uploadPhoto(await qrPhoto("https://example.com/menu"));
  await expect(verify.problem).toHaveText("This is not an Ishonch diploma code.");

  // The revoker revokes it in the officials app; the same code now says so, with the reason.
  const revoker = demoStaff(platform, "DiplomaRevoker");
  await wallet.useAccount(revoker.index);
  await page.reload();
  // The wallet already granted this site access, so the app reconnects on its own.
  await expect(page.getByTestId("connected-account")).toHaveText(
    new RegExp(`^${wallet.address}$`, "i"),
  );
  await page.getByTestId("diploma-revoke-file").setInputFiles(documentFile("d.json", document));
  await page
    .getByTestId("diploma-revoke-reason")
    .selectOption({ label: "Fraud or academic misconduct" });
  await page.getByTestId("diploma-revoke-submit").click();
  await expect(page.getByTestId("diploma-revoked")).toBeVisible({ timeout: 30_000 });
  await employer.goto("about:blank");
  await verify.openLink(qrLink);
  await expect(verify.verdict).toHaveAttribute("data-status", "revoked");
  await expect(verify.fact("reason")).toHaveText(/fraud/i);
  await employer.close();
});
