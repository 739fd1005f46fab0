// The ministry accredits a school and appoints its diploma issuer in the officials app;
// the chain holds both, and citizens find the school, active, in every language.
import { getOrganization, staffRolesOf } from "@ishonch/sdk";
import type { Locale } from "@ishonch/i18n";
import { expect, test } from "../src/fixtures";
import { uniqueSchoolName } from "../src/names";
import { OfficialsApp } from "../src/officials";
import { citizenDirectoryPath } from "../src/routes";

/** The word for "active" a citizen reads in each language. */
const activeWord: Record<Locale, string> = { uz: "Faol", ru: "Действует", en: "Active" };

const ministryAdmin = 0;
const newDiplomaIssuer = 15;

test("the ministry registers a school and appoints a diploma issuer; citizens see it active", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const department = platform.demo.organizations.find(
    (organization) => organization.orgType === "DistrictEducationDepartment",
  );
  if (department === undefined) throw new Error("the demo data has no district department");
  const name = uniqueSchoolName();
  const issuer = wallet.accountAt(newDiplomaIssuer);

  await wallet.useAccount(ministryAdmin);
  const officials = new OfficialsApp(page, platform.appUrls.officials, wallet);
  await officials.open();
  await officials.connectWallet();
  const id = await officials.registerOrganization({
    orgType: "School",
    region: department.region,
    parent: department,
    name,
  });
  expect(await getOrganization(contracts, id)).toMatchObject({
    name,
    orgType: "School",
    region: department.region,
    status: "Active",
    parentId: department.id,
  });

  await officials.submitGrant({
    organization: { id, name },
    role: "Diploma issuer",
    account: issuer,
  });
  await expect(officials.staffForm.getByRole("status")).toContainText(
    `Role granted: Diploma issuer in organization ${id}`,
  );
  expect(await staffRolesOf(contracts, id, issuer)).toEqual(["DiplomaIssuer"]);

  for (const [locale, active] of Object.entries(activeWord) as [Locale, string][]) {
    await page.goto(platform.appUrls.citizen + citizenDirectoryPath(locale));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const search = page.getByRole("search");
    await search.getByRole("searchbox").fill(name);
    await search.getByRole("searchbox").press("Enter");
    const row = page.getByRole("row", { name });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").last()).toHaveText(active);
  }
});
