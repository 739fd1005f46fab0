// The ministry accredits a school and has its administrator appointed through the council of
// agencies (no single key does either), the school's administrator appoints a diploma issuer
// directly in the officials app; the chain holds all of it, and citizens find the school,
// active, in every language.
import { getOrganization, organizationCount, staffRolesOf } from "@ishonch/sdk";
import type { Locale } from "@ishonch/i18n";
import { expect, test } from "../src/fixtures";
import { CouncilPage, councilMembers } from "../src/council";
import { uniqueSchoolName } from "../src/names";
import { OfficialsApp, proposalIdIn } from "../src/officials";
import { citizenDirectoryPath } from "../src/routes";

/** The word for "active" a citizen reads in each language. */
const activeWord: Record<Locale, string> = { uz: "Faol", ru: "Действует", en: "Active" };

/** The school ministry's key on the council, which also administers the ministry. */
const [ministry, secondMember] = councilMembers;
const newSchoolAdmin = 11;
const newDiplomaIssuer = 15;
const councilNote =
  "You are a member of the council of agencies: this becomes a council proposal, carried out once enough members approve and a public delay is over.";

test("the ministry has a school accredited and its admin appointed by the council; the admin appoints a diploma issuer; citizens see it active", async ({
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
  const schoolAdmin = wallet.accountAt(newSchoolAdmin);
  const issuer = wallet.accountAt(newDiplomaIssuer);
  const { rpcUrl } = platform;

  await wallet.useAccount(ministry);
  const officials = new OfficialsApp(page, platform.appUrls.officials, wallet);
  const council = new CouncilPage(page, platform.appUrls.officials, wallet);
  await officials.open();
  await officials.connectWallet();
  await expect(page.getByTestId("council-status")).toHaveText(
    "This account is a member of the council of agencies.",
  );

  // Accrediting: the ministry's request becomes a proposal; nothing is registered yet.
  const countBefore = await organizationCount(contracts);
  await expect(officials.registerForm.getByRole("note")).toHaveText(councilNote);
  await officials.submitRegistration({
    orgType: "School",
    region: department.region,
    parent: department,
    name,
  });
  const accreditation = await proposalIdIn(officials.registerForm);
  expect(await organizationCount(contracts)).toBe(countBefore);
  await officials.followToCouncil(officials.registerForm);
  await expect(council.proposal(accreditation)).toContainText(`Accredit “${name}” (School`);
  await council.approveAndCarryOut(accreditation, secondMember, rpcUrl);

  const id = await organizationCount(contracts);
  expect(id).toBe(countBefore + 1);
  expect(await getOrganization(contracts, id)).toMatchObject({
    name,
    orgType: "School",
    region: department.region,
    status: "Active",
    parentId: department.id,
  });

  // Appointing the school's administrator: a council proposal too.
  await officials.returnHome();
  await officials.switchAccount(ministry);
  const school = { id, name };
  await officials.staffForm.getByLabel(/^role$/i).selectOption({ label: "Organization admin" });
  await expect(officials.staffForm.getByRole("note")).toHaveText(councilNote);
  await officials.submitGrant({
    organization: school,
    role: "Organization admin",
    account: schoolAdmin,
  });
  const appointment = await proposalIdIn(officials.staffForm);
  expect(await staffRolesOf(contracts, id, schoolAdmin)).toEqual([]);
  await officials.followToCouncil(officials.staffForm);
  await expect(council.proposal(appointment)).toContainText(
    new RegExp(`Appoint ${schoolAdmin} administrator of organization ${id}`, "i"),
  );
  await council.approveAndCarryOut(appointment, secondMember, rpcUrl);
  expect(await staffRolesOf(contracts, id, schoolAdmin)).toEqual(["OrganizationAdmin"]);

  // The school's own administrator grants the other staff roles directly.
  await officials.returnHome();
  await officials.switchAccount(newSchoolAdmin);
  await officials.submitGrant({ organization: school, role: "Diploma issuer", account: issuer });
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
