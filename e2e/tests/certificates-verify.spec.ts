// An employer checks diplomas on the citizen app: by the QR code's link, a photo of the QR
// code, the diploma file, or its series and number. Every verdict is read from the chain.
import { REASON_FRAUD, diplomaQrUrl, type DiplomaDocument } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import {
  blurredQrPhoto,
  demoStaff,
  documentFile,
  graduatingClass,
  issueClassWithSdk,
  publishForQr,
  qrPhoto,
  qrVideo,
  revokeWithSdk,
  rotatedQrPhoto,
  uniqueSeries,
  VerifyPage,
  withOneLetterChanged,
} from "../src/certificates";
import { measurePageJavaScript } from "../src/bundle";
import { chromiumLaunchOptions } from "../src/browser";
import { chromium } from "@playwright/test";
import { writeFile } from "node:fs/promises";

const series = uniqueSeries();
const fields = graduatingClass(series, 1000001);
let documents: DiplomaDocument[] = [];
let qrLinks: string[] = [];

test.beforeAll(async ({ platform }) => {
  documents = await issueClassWithSdk(platform, fields);
  qrLinks = await Promise.all(
    documents.map(async (document) => {
      const { id, key } = await publishForQr(platform, document);
      return diplomaQrUrl(platform.appUrls.citizen, id, key);
    }),
  );
});

test("a diploma's QR link shows it valid, with the holder's name and the chain's evidence", async ({
  page,
  platform,
}) => {
  const verify = new VerifyPage(page, platform.appUrls.citizen);
  await verify.openLink(qrLinks[0] as string);
  await expect(page).toHaveURL(/\/en\/verify#/);
  await expect(verify.verdict).toHaveAttribute("data-status", "valid");
  await expect(verify.verdictTitle).toHaveText(/^Genuine/);
  const university = demoStaff(platform, "DiplomaIssuer").organization;
  await expect(verify.fact("issuer")).toHaveText(university);
  await expect(verify.fact("accreditation")).toHaveText("Active");
  await expect(verify.fact("transaction")).toHaveText(/^0x[0-9a-f]{64}$/);
  await expect(verify.holder).toContainText("Dilnoza Gʻulomova");
  await expect(verify.holder).toContainText("Дилноза Гуломова");
});

test("a photo of the QR code opens the same diploma; a foreign or blurred code is named", async ({
  page,
  platform,
}) => {
  const verify = new VerifyPage(page, platform.appUrls.citizen);
  await verify.open();
  await verify.uploadPhoto(await qrPhoto(qrLinks[1] as string));
  await expect(verify.verdict).toHaveAttribute("data-status", "valid");
  await expect(verify.holder).toContainText("Oʻtkir Rahimov");

  await verify.uploadPhoto(await qrPhoto("https://example.com/promo?code=42"));
  await expect(verify.problem).toHaveAttribute("data-problem", "NotIshonchCode");
  await expect(verify.holder).toHaveCount(0);

  await verify.uploadPhoto(await blurredQrPhoto(qrLinks[1] as string));
  await expect(verify.problem).toHaveText(/could not read a QR code/i);
});

test("a photo of the QR code turned a quarter or held slightly crooked still opens the diploma", async ({
  page,
  platform,
}) => {
  const verify = new VerifyPage(page, platform.appUrls.citizen);
  await verify.open();
  for (const degrees of [90, 7]) {
    await verify.uploadPhoto(await rotatedQrPhoto(qrLinks[1] as string, degrees));
    await expect(verify.verdict).toHaveAttribute("data-status", "valid");
    await expect(verify.holder).toContainText("Oʻtkir Rahimov");
    await verify.open();
  }
});

test("the phone camera reads the QR code in the browser and opens the diploma", async ({
  platform,
}, testInfo) => {
  const video = testInfo.outputPath("qr.y4m");
  await writeFile(video, await qrVideo(qrLinks[2] as string));
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [
      ...(chromiumLaunchOptions.args ?? []),
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await browser.newContext({ locale: "en-US", permissions: ["camera"] });
    const verify = new VerifyPage(await context.newPage(), platform.appUrls.citizen);
    await verify.open();
    await verify.page.getByRole("button", { name: "Start the camera" }).click();
    await expect(verify.verdict).toHaveAttribute("data-status", "valid");
    await expect(verify.holder).toContainText("Shahzoda Qodirova");
    await expect(verify.page.getByRole("button", { name: "Start the camera" })).toBeVisible();
  } finally {
    await browser.close();
  }
});

test("a diploma file with one letter of the name changed is tampered; a cut file is named", async ({
  page,
  platform,
}) => {
  const verify = new VerifyPage(page, platform.appUrls.citizen);
  await verify.open();
  const genuine = documents[2] as DiplomaDocument;
  await verify.uploadDocument(documentFile("diploma.json", genuine));
  await expect(verify.verdict).toHaveAttribute("data-status", "valid");
  await expect(verify.holder).toContainText("Shahzoda Qodirova");

  await verify.uploadDocument(documentFile("diploma.json", withOneLetterChanged(genuine)));
  await expect(verify.verdict).toHaveAttribute("data-status", "tampered");
  await expect(verify.verdict).toContainText("changed after it was issued");
  await expect(verify.holder).toHaveCount(0);

  const text = JSON.stringify(genuine);
  await verify.uploadDocument(documentFile("diploma.json", text.slice(0, text.length / 2)));
  await expect(verify.problem).toHaveAttribute("data-problem", "TruncatedDocument");
});

test("a typed series and number shows issuer, date and status, and nothing personal", async ({
  page,
  platform,
}) => {
  const verify = new VerifyPage(page, platform.appUrls.citizen);
  await verify.open();
  await verify.typeNumber(series, "1000002");
  await expect(verify.verdict).toHaveAttribute("data-status", "valid");
  await expect(verify.fact("issuer")).toHaveText(demoStaff(platform, "DiplomaIssuer").organization);
  await expect(page.locator("main")).not.toContainText("Rahimov");
  await expect(page.locator("main")).not.toContainText("2001");

  await verify.typeNumber(series, "9999999");
  await expect(verify.problem).toHaveAttribute("data-problem", "numberNotListed");
});

test("after revocation the same QR link shows revoked, with the reason", async ({
  page,
  platform,
}) => {
  await revokeWithSdk(platform, documents[0] as DiplomaDocument, REASON_FRAUD);
  const verify = new VerifyPage(page, platform.appUrls.citizen);
  await verify.openLink(qrLinks[0] as string);
  await expect(verify.verdict).toHaveAttribute("data-status", "revoked");
  await expect(verify.fact("reason")).toHaveText(/fraud/i);
  await expect(verify.verdict).toContainText("no longer valid");
});

test("only the verify page runs a script: its own, small, with no wallet library", async ({
  browser,
  page,
  platform,
}) => {
  const citizen = platform.appUrls.citizen;
  const verifyResponse = await page.goto(`${citizen}/en/verify`);
  expect(verifyResponse?.headers()["content-security-policy"]).toContain("script-src 'self'");
  const homeResponse = await page.goto(`${citizen}/en`);
  expect(homeResponse?.headers()["content-security-policy"]).toContain("script-src 'none'");

  const weight = await measurePageJavaScript(browser, `${citizen}/en/verify`);
  console.log(`verify page: ${weight.files} scripts, ${weight.gzipBytes} bytes gzipped`);
  expect(weight.walletLibraries.filter((library) => library !== "ethers")).toEqual([]);
  expect(weight.gzipBytes).toBeLessThan(20_000);
  const home = await measurePageJavaScript(browser, `${citizen}/en`);
  expect(home.gzipBytes).toBe(0);
});
