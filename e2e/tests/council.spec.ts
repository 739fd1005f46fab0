// No single key accredits an organization: two of the three council members must approve,
// and the call waits out a public delay on the chain before anyone may execute it.
import { decodeError, getOrganization, organizationCount } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import { CouncilPage, councilDelaySeconds, councilMembers } from "../src/council";
import { advanceChainTime } from "../src/chain";
import type { PlatformInfo } from "../src/platform-info";
import { citizenDirectoryPath } from "../src/routes";

const [firstMember, secondMember, thirdMember] = councilMembers;

/**
 * Proposes accrediting the university `name` in Surkhandarya under the demo's ministry of higher
 * education; returns the proposal's id and the ministry.
 */
async function proposeUniversity(council: CouncilPage, platform: PlatformInfo, name: string) {
  const ministry = platform.demo.organizations.find(
    (organization) => organization.orgType === "Ministry" && /oliy taʼlim/i.test(organization.name),
  );
  if (ministry === undefined) throw new Error("the demo data has no higher education ministry");
  const id = await council.proposeAccreditation({
    orgType: "University",
    region: "Surkhandarya",
    parent: ministry,
    name,
  });
  return { id, ministry };
}

test("two council members accredit a university; it waits out the delay, then citizens find it", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const name = `Termiz davlat universiteti ${Date.now() % 1_000_000}`;

  await wallet.useAccount(firstMember);
  const council = new CouncilPage(page, platform.appUrls.officials, wallet);
  await council.open();
  await expect(page.getByTestId("council-rule")).toHaveText(
    "2 of 3 members must approve; then the call waits out a public delay on the chain.",
  );
  const { id, ministry } = await proposeUniversity(council, platform, name);
  const proposal = council.proposal(id);
  await expect(proposal).toContainText(`Accredit “${name}” (University`);
  await expect(proposal.getByTestId("proposal-approvals")).toHaveText("Approved by 1 of 2 needed");

  // One member alone cannot carry it out.
  await council.click(id, "Execute");
  await expect(proposal.getByRole("alert")).toHaveText(
    `Proposal ${id} is not at this step: refresh and check its state.`,
  );
  const countBefore = await organizationCount(contracts);

  await council.switchAccount(secondMember);
  await council.click(id, "Approve");
  await expect(proposal.getByRole("status").first()).toContainText(`Approved proposal ${id}.`);
  await expect(proposal.getByTestId("proposal-approvals")).toHaveText("Approved by 2 of 2 needed");
  await expect(proposal.getByTestId("proposal-state")).toHaveText(
    "Approved: waiting out the public delay",
  );
  await expect(proposal.getByTestId("proposal-time-left")).toContainText(
    /Executable in (1:00:00|0:5\d:\d\d)/,
  );

  // Before the delay is over, the chain refuses.
  await council.click(id, "Execute");
  await expect(proposal.getByRole("alert")).toHaveText(
    `The public waiting period of proposal ${id} has not ended yet.`,
  );
  expect(await organizationCount(contracts)).toBe(countBefore);

  await advanceChainTime(platform.rpcUrl, councilDelaySeconds);
  await page.reload();
  await expect(proposal.getByTestId("proposal-time-left")).toHaveText("Executable now");
  await council.click(id, "Execute");
  await expect(proposal.getByRole("status").first()).toContainText(`Proposal ${id} carried out.`);

  const newId = await organizationCount(contracts);
  expect(newId).toBe(countBefore + 1);
  expect(await getOrganization(contracts, newId)).toMatchObject({
    name,
    orgType: "University",
    region: "Surkhandarya",
    status: "Active",
    parentId: ministry.id,
  });

  // The directory is the index's: it lists the university once the indexer reaches the block.
  await expect(async () => {
    await page.goto(platform.appUrls.citizen + citizenDirectoryPath("en"));
    const search = page.getByRole("search");
    await search.getByRole("searchbox").fill(name);
    await search.getByRole("searchbox").press("Enter");
    await expect(page.getByRole("row", { name })).toHaveCount(1, { timeout: 1_000 });
  }).toPass();
});

test("the council member left out vetoes a scheduled accreditation during the delay; it never executes", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const name = `Vetoed universitet ${Date.now() % 1_000_000}`;
  const countBefore = await organizationCount(contracts);

  // Two members, the quorum, schedule it.
  await wallet.useAccount(firstMember);
  const council = new CouncilPage(page, platform.appUrls.officials, wallet);
  await council.open();
  const { id } = await proposeUniversity(council, platform, name);
  const proposal = council.proposal(id);
  await council.switchAccount(secondMember);
  await council.click(id, "Approve");
  await expect(proposal.getByTestId("proposal-state")).toHaveText(
    "Approved: waiting out the public delay",
  );

  // The third member vetoes during the public delay.
  await council.switchAccount(thirdMember);
  await council.click(id, "Veto");
  await expect(proposal.getByRole("status").first()).toContainText(`Vetoed proposal ${id}.`);
  await page.reload();
  await expect(proposal.getByTestId("proposal-state")).toHaveText(
    "Cancelled by veto: it will never be carried out",
  );
  await expect(proposal.getByRole("button", { name: "Execute" })).toHaveCount(0);

  // After the delay nothing can carry it out, not even straight on chain.
  await advanceChainTime(platform.rpcUrl, councilDelaySeconds);
  const refusal = await contracts.council.execute.staticCall(id).then(
    () => null,
    (error: unknown) => decodeError(error),
  );
  expect(refusal?.code).toBe("UnexpectedProposalState");
  expect(await organizationCount(contracts)).toBe(countBefore);
});
