// Issue 3, done when 4: bad class files through the officials page. A file of 20,000 rows with
// two bad ones is checked without freezing the page and names exactly those rows; an empty file
// is named as empty; in both cases there is nothing to sign and the wallet is never asked.
import { expect, test } from "../src/fixtures";
import { graduatingClass, openClassIssuePage, uniqueSeries } from "../src/certificates";
import { classCsvFile } from "../src/certificates-pdf";

const LARGE_CLASS = 20_000;

/** A class of LARGE_CLASS synthetic graduates, with distinct student ids and numbers. */
function largeClass(series: string) {
  const [template] = graduatingClass(series, 1_000_000);
  return Array.from({ length: LARGE_CLASS }, (_, i) => ({
    ...template!,
    studentId: `E2E-LARGE-${i}`,
    number: String(1_000_000 + i),
  }));
}

test("a 20,000-row file with two bad rows and an empty file are refused row by row, unsigned", async ({
  page,
  wallet,
  platform,
}) => {
  test.setTimeout(120_000);
  const issuer = await openClassIssuePage(page, wallet, platform);
  const transactionsBefore = wallet.requests.filter(
    (request) => request.method === "eth_sendTransaction",
  ).length;

  // Rows 5,001 and 15,001 of the file (the header is line 1): a student id seen before and a
  // birth date that does not exist.
  const rows = largeClass(uniqueSeries());
  rows[5_000] = { ...rows[5_000]!, studentId: rows[0]!.studentId };
  rows[15_000] = { ...rows[15_000]!, dateOfBirth: "2002-02-30" };
  await page.getByTestId("diploma-csv-upload").setInputFiles(classCsvFile(rows));
  const errors = page.getByTestId("diploma-csv-error");
  await expect(page.getByTestId("diploma-csv-errors")).toContainText("2", { timeout: 30_000 });
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toHaveAttribute("data-row", "5002");
  await expect(errors.nth(0)).toContainText("student_id");
  await expect(errors.nth(1)).toHaveAttribute("data-row", "15002");
  await expect(errors.nth(1)).toContainText("date_of_birth");
  await expect(page.getByTestId("diploma-issue-class")).toHaveCount(0);
  // The page still answers: the organization field takes typing right away.
  await page.getByTestId("diploma-org").fill(String(issuer.orgId));

  await page.getByTestId("diploma-csv-upload").setInputFiles({
    name: "empty.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(""),
  });
  await expect(page.getByTestId("diploma-csv-file-error")).toContainText("The file is empty");
  await expect(page.getByTestId("diploma-csv-errors")).toHaveCount(0);
  await expect(page.getByTestId("diploma-issue-class")).toHaveCount(0);

  const transactionsAfter = wallet.requests.filter(
    (request) => request.method === "eth_sendTransaction",
  ).length;
  expect(transactionsAfter).toBe(transactionsBefore);
});
