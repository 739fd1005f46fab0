// Upgrading a contract (docs/production.md): a new version of the diploma registry is
// deployed; one council member proposes it from the council page, a second approves, and only
// after the public delay does the directory name it, keeping the old version in its history.
// The citizen site's check page meanwhile reports that it runs on a contract the directory
// no longer names.
import { Wallet } from "ethers";
import { deployCertificateRegistryVersion } from "@ishonch/devnet";
import { getServiceContract, getServiceVersions, setServiceContractCall } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import { CouncilPage, carryOutThroughCouncil, councilMembers } from "../src/council";
import { proposalIdIn } from "../src/officials";

/** An account the demo data leaves without a role: deploying a contract needs none. */
const deployerOfNewVersion = 10;

test("two council members upgrade the diploma registry; the directory names it only after the delay", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  const [firstMember, secondMember] = councilMembers;
  const oldRegistry = await getServiceContract(contracts, "CertificateRegistry");
  // Step 1 of the procedure: the new version, from the same build, deployed by anyone.
  const newRegistry = await deployCertificateRegistryVersion(
    platform.rpcUrl,
    platform.deployment,
    deployerOfNewVersion,
  );

  await wallet.useAccount(firstMember);
  const council = new CouncilPage(page, platform.appUrls.officials, wallet);
  await council.open();
  const form = page.getByRole("region", { name: "Propose upgrading a contract" });
  await form.getByLabel("Service", { exact: true }).selectOption({ label: "diploma registry" });
  const address = form.getByLabel("The new version's contract address");

  // An address without a contract is refused before anything is proposed.
  await address.fill(Wallet.createRandom().address);
  await form.getByRole("button", { name: "Propose the upgrade" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "There is no contract at this address: deploy the new version first.",
  );

  await address.fill(newRegistry);
  await form.getByRole("button", { name: "Propose the upgrade" }).click();
  const id = await proposalIdIn(form);
  const proposal = council.proposal(id);
  await expect(proposal).toContainText(
    `Upgrade the diploma registry: the directory is to name ${newRegistry} as its current contract`,
  );

  await council.approveAndCarryOut(id, secondMember, platform.rpcUrl);
  expect(await getServiceContract(contracts, "CertificateRegistry")).toBe(newRegistry);
  const versions = await getServiceVersions(contracts, "CertificateRegistry");
  expect(versions.map((version) => version.contractAddress)).toEqual([oldRegistry, newRegistry]);
  expect(versions[0]!.untilTime).toBe(versions[1]!.sinceTime);

  // The citizen site still runs on the deployment file's registry: its check page says so.
  const checkContracts = `${platform.appUrls.citizen}/en/check?contracts=1`;
  await page.goto(checkContracts);
  await expect(page.getByTestId("check-verdict")).toHaveText(
    "1 contract(s) DO NOT match the council's directory",
  );
  await expect(page.getByTestId("contracts-mismatches").getByRole("row")).toHaveText([
    "ServiceOn this siteIn the directory",
    `CertificateRegistry${oldRegistry}${newRegistry}`,
  ]);

  // A rollback is an upgrade to an earlier version: later specs find the deployment file's
  // contracts current again.
  const directory = platform.deployment.contracts.IshonchDirectory;
  await carryOutThroughCouncil(
    platform,
    setServiceContractCall(directory, "CertificateRegistry", oldRegistry),
    "roll back",
  );
  expect(await getServiceContract(contracts, "CertificateRegistry")).toBe(oldRegistry);
  const response = await page.goto(checkContracts.replace("/en/", "/ru/"));
  expect(await response!.text()).not.toMatch(/<script[^>]*\ssrc=/);
  await expect(page.getByTestId("check-verdict")).toHaveText(
    "Все контракты совпадают с текущими в каталоге совета",
  );
  const history = await getServiceVersions(contracts, "CertificateRegistry");
  expect(history.map((version) => version.contractAddress)).toEqual([
    oldRegistry,
    newRegistry,
    oldRegistry,
  ]);
});
