// Bad input in the officials app: the person gets a clear message in words, and the chain
// shows that nothing was written.
import { staffRolesOf } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import { councilMembers } from "../src/council";
import { uniqueSchoolName } from "../src/names";
import { OfficialsApp } from "../src/officials";

/** The school ministry's key on the council, which accredits through council proposals. */
const [ministry] = councilMembers;
const outsider = 16;
const hexBlob = /0x[0-9a-f]{8,}/i;

test("an empty or an over-long name is refused in the form and nothing is sent", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const countBefore = await contracts.organizationRegistry.organizationCount();
  await wallet.useAccount(ministry);
  const officials = new OfficialsApp(page, platform.appUrls.officials, wallet);
  await officials.open();
  await officials.connectWallet();
  const form = officials.registerForm;
  const nameField = form.getByLabel(/^name$/i);

  await officials.submitRegistration({ orgType: "School", region: "Samarkand", name: "" });
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription(/enter the organization's name/i);

  // 160 characters but 165 bytes: each ʻ and ʼ takes two bytes in UTF-8.
  const longName =
    "Oʻzbekiston Respublikasi Maktabgacha va maktab taʼlimi vazirligi huzuridagi Fargʻona " +
    "viloyati Margʻilon shahar oʻqituvchilar malakasini oshirish markazi maktabi";
  expect([longName.length, Buffer.byteLength(longName)]).toEqual([160, 165]);
  await officials.submitRegistration({ name: longName });
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription(/name is too long: \d+ bytes, at most 160/i);

  expect(wallet.sentTransactions).toEqual([]);
  expect(await contracts.organizationRegistry.organizationCount()).toBe(countBefore);
});

test("a role grant by an account without permission is refused in words", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const school = platform.demo.organizations.find(
    (organization) => organization.orgType === "School",
  );
  if (school === undefined) throw new Error("the demo data has no school");
  const candidate = wallet.accountAt(outsider + 1);

  await wallet.useAccount(outsider);
  const officials = new OfficialsApp(page, platform.appUrls.officials, wallet);
  await officials.open();
  await officials.connectWallet();
  await officials.submitGrant({ organization: school, role: "Diploma issuer", account: candidate });

  const failure = officials.failureOf(officials.staffForm);
  await expect(failure).toContainText(/not allowed/i);
  await expect(failure).not.toHaveText(hexBlob);
  expect(await staffRolesOf(contracts, school.id, candidate)).toEqual([]);
});

test("a wallet on the wrong network is told so and writes nothing", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const countBefore = await contracts.organizationRegistry.organizationCount();
  const department = platform.demo.organizations.find(
    (organization) => organization.orgType === "DistrictEducationDepartment",
  );
  await wallet.useAccount(ministry);
  await wallet.useChain(1);
  const officials = new OfficialsApp(page, platform.appUrls.officials, wallet);
  await officials.open();
  await officials.connectWallet();

  await expect(page.getByRole("alert").filter({ hasText: /wrong network/i })).toBeVisible();
  await officials.submitRegistration({
    orgType: "School",
    region: "Samarkand",
    parent: department,
    name: uniqueSchoolName(),
  });
  await expect(officials.failureOf(officials.registerForm)).toContainText(/another network/i);
  expect(wallet.sentTransactions).toEqual([]);
  expect(await contracts.organizationRegistry.organizationCount()).toBe(countBefore);

  // The way out the message offers: switch the wallet back to the Ishonch chain.
  await page.getByRole("button", { name: /switch to ishonch/i }).click();
  await expect(page.getByRole("alert").filter({ hasText: /wrong network/i })).toHaveCount(0);
  expect(wallet.chainId).toBe(platform.chainId);
});
