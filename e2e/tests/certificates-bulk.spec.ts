// An employer checks many diplomas at once: a CSV of series and numbers (checked by the
// server: no personal data), or a zip of diploma files (opened and hashed in the browser).
import { readFile } from "node:fs/promises";
import { serializeDiplomaDocument, type DiplomaDocument } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import {
  graduatingClass,
  issueClassWithSdk,
  publishForQr,
  uniqueSeries,
  withOneLetterChanged,
} from "../src/certificates";
import { strToU8, zipSync } from "fflate";

const series = uniqueSeries();
let documents: DiplomaDocument[] = [];

test.beforeAll(async ({ platform }) => {
  documents = await issueClassWithSdk(platform, graduatingClass(series, 2000001));
  for (const document of documents) await publishForQr(platform, document);
});

test("a CSV of numbers gives a table and a report, line by line", async ({ page, platform }) => {
  await page.goto(`${platform.appUrls.citizen}/en/verify/bulk`);
  const csv = `series;number\n${series};2000001\n${series};2000003\n${series};7777777\nnot a diploma\n`;
  await page.getByLabel("List of numbers (.csv)").setInputFiles({
    name: "numbers.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  const rows = page.locator("table.bulk tbody tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toHaveAttribute("data-status", "valid");
  await expect(rows.nth(1)).toHaveAttribute("data-status", "valid");
  await expect(rows.nth(2)).toHaveAttribute("data-status", "numberNotListed");
  await expect(rows.nth(3)).toHaveAttribute("data-status", "numberMissing");
  await expect(page.getByTestId("bulk-summary")).toHaveText("Checked: 4. Valid: 2.");
  await expect(page.locator("table.bulk")).not.toContainText("Gʻulomova");

  const download = page.waitForEvent("download");
  await page.getByTestId("bulk-report").click();
  const report = await readFile(await (await download).path(), "utf8");
  const lines = report
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(5);
  expect(lines[1]).toMatch(new RegExp(`^2;${series} 2000001;Genuine`));
  expect(lines[3]).toMatch(new RegExp(`^4;${series} 7777777;numberNotListed`));
});

test("a list of 1,000 numbers is checked in one request; one more is refused in the reader's language", async ({
  platform,
  request,
}) => {
  const url = `${platform.appUrls.citizen}/api/certificates/numbers`;
  const list = (length: number) =>
    Array.from({ length }, (_, i) => ({ series, number: String(2000001 + i) }));
  const checked = await request.post(url, { data: { locale: "en", numbers: list(1_000) } });
  expect(checked.status()).toBe(200);
  const { outcomes } = (await checked.json()) as { outcomes: { kind: string }[] };
  expect(outcomes).toHaveLength(1_000);
  expect(outcomes.slice(0, documents.length).every((outcome) => outcome.kind === "verdict")).toBe(
    true,
  );
  const refused = await request.post(url, { data: { locale: "ru", numbers: list(1_001) } });
  expect(refused.status()).toBe(413);
  expect(await refused.json()).toEqual({
    kind: "problem",
    problem: "bulkTooMany",
    message: "За один раз проверяется не более 1000 дипломов.",
  });
});

test("a zip of diploma files: genuine, tampered and cut files are told apart", async ({
  page,
  platform,
}) => {
  await page.goto(`${platform.appUrls.citizen}/en/verify/bulk`);
  const [first, second] = documents as [DiplomaDocument, DiplomaDocument];
  const cut = serializeDiplomaDocument(second).slice(0, 200);
  // Deflated, as most zip tools write: the page inflates it with the browser's own inflater.
  const archive = zipSync({
    class: {
      "first.json": strToU8(serializeDiplomaDocument(first)),
      "changed.json": strToU8(serializeDiplomaDocument(withOneLetterChanged(second))),
      "cut.json": strToU8(cut),
      "readme.txt": strToU8("not a diploma"),
    },
  });
  await page.getByLabel("Diploma files (.zip)").setInputFiles({
    name: "class.zip",
    mimeType: "application/zip",
    buffer: Buffer.from(archive),
  });
  const rows = page.locator("table.bulk tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute("data-status", "valid");
  await expect(rows.nth(1)).toHaveAttribute("data-status", "tampered");
  await expect(rows.nth(2)).toHaveAttribute("data-status", "TruncatedDocument");
});
