// Issue #6: anyone re-verifies a queue position, an allocation and an appeal's deadline from
// the chain alone, on a page that ships no script, and bad input gets a clear message.
import { expect, test } from "../src/fixtures";

test("the check page re-counts the seeded queue, offer and appeal from the chain", async ({
  page,
  platform,
}) => {
  const checkUrl = (kind: string, id: string) =>
    `${platform.appUrls.citizen}/en/check?kind=${kind}&id=${encodeURIComponent(id)}`;

  const response = await page.goto(checkUrl("application", "1"));
  expect(await response!.text()).not.toMatch(/<script[^>]*\ssrc=/);
  await expect(page.getByTestId("check-verdict")).toHaveAttribute("data-agrees", "true");
  await expect(page.getByTestId("check-verdict")).toContainText(
    "The contract's position agrees with the re-count",
  );
  await expect(page.getByTestId("check-source")).toContainText(
    /Checked on the chain at block \d+, not in the operator's database/,
  );
  await expect(page.getByTestId("check-contract")).toContainText(
    platform.deployment.contracts.KindergartenQueue,
  );

  await page.goto(checkUrl("offer", "1"));
  await expect(page.getByTestId("check-verdict")).toContainText(/No child was skipped/);

  await page.goto(checkUrl("appeal", "1"));
  await expect(page.getByTestId("check-verdict")).toHaveText(
    "The deadline agrees with the law's rules",
  );
  await expect(page.getByTestId("check-contract")).toContainText(
    platform.deployment.contracts.CitizenAppeals,
  );

  await page.goto(checkUrl("application", "abc"));
  await expect(page.getByTestId("check-error")).toHaveText("Enter a whole positive number");
  await expect(page.getByTestId("check-verdict")).toHaveCount(0);

  await page.goto(checkUrl("appeal", "999999"));
  await expect(page.getByTestId("check-error")).toContainText("There is no appeal No.");
  await expect(page.getByTestId("check-verdict")).toHaveCount(0);
});
