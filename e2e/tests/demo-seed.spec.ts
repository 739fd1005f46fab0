// The demo data is usable as `npm start` leaves it: the seed's diplomas, whose encrypted
// copies the platform imports into the records before the apps serve, open from their QR links;
// and the demo ends in the production state: the account that deployed and seeded holds no role.
import { rolesHeldBy } from "@ishonch/devnet";
import { diplomaQrUrl, isRegistrar } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import { VerifyPage } from "../src/certificates";

test("the seeded diplomas' QR links open: one valid, the one revoked in error revoked", async ({
  page,
  platform,
}) => {
  const verify = new VerifyPage(page, platform.appUrls.citizen);
  const valid = platform.demo.diplomaQrCodes.find((qr) => !qr.revoked)!;
  await verify.openLink(diplomaQrUrl(platform.appUrls.citizen, valid.id, valid.key));
  await expect(verify.verdict).toHaveAttribute("data-status", "valid");
  await expect(verify.holder).toContainText(valid.holderNameLatin);

  const revoked = platform.demo.diplomaQrCodes.find((qr) => qr.revoked)!;
  await verify.openLink(diplomaQrUrl(platform.appUrls.citizen, revoked.id, revoked.key));
  await expect(verify.verdict).toHaveAttribute("data-status", "revoked");
});

test("the deploying account #0 holds no role: the council of agencies alone is the registrar", async ({
  wallet,
  platform,
  contracts,
}) => {
  const deployer = wallet.accountAt(0);
  expect(await rolesHeldBy(contracts, deployer)).toEqual({ accessRoles: [], staffRoles: [] });
  expect(await isRegistrar(contracts, deployer)).toBe(false);
  expect(await isRegistrar(contracts, platform.deployment.contracts.IshonchCouncil)).toBe(true);
});
