// Issue 3: a school's staff search the diplomas it issued by name and by number; the records
// are the school's own, so the server shows them only to an account that signs a challenge and
// holds a staff role in that organization on chain. The seeded university's demo class
// (synthetic graduates, DM 9000001-9000006, the last one revoked) is in the records.
import { expect, test } from "../src/fixtures";
import { demoStaff } from "../src/certificates";
import { DiplomaSearchPage, signedStaffAccess } from "../src/diplomas-search";
import type { PlatformInfo } from "../src/platform-info";

/** An account of the demo data that holds no role at all. */
const NO_ROLE_ACCOUNT = 16;

function university(platform: PlatformInfo) {
  // The revoker, not the issuer: every diploma role of the school may search.
  const revoker = demoStaff(platform, "DiplomaRevoker");
  const seeded = platform.demo.diplomaQrCodes;
  const first = seeded.find((diploma) => !diploma.revoked)!;
  const revoked = seeded.find((diploma) => diploma.revoked)!;
  return { revoker, first, revoked };
}

test("the university's staff find its diplomas by name and by number, with one signature", async ({
  page,
  platform,
  wallet,
}) => {
  const { revoker, first, revoked } = university(platform);
  const search = new DiplomaSearchPage(page, platform, wallet);
  await search.open(revoker.index);

  // The family name alone (the seeded names are "Sinov <family> <given>").
  const familyName = first.holderNameLatin.split(" ")[1]!;
  await search.search(revoker.orgId, familyName);
  await expect(search.rows).toHaveCount(1);
  await expect(search.rows.first()).toContainText(first.holderNameLatin);
  await expect(search.rows.first()).toContainText(`DM ${first.number}`);
  await expect(search.rows.first()).toContainText("Valid");

  await search.search(revoker.orgId, `DM ${revoked.number}`);
  await expect(search.rows).toHaveCount(1);
  await expect(search.rows.first()).toContainText(revoked.holderNameLatin);
  await expect(search.rows.first()).toContainText("Revoked (Issued in error)");
  // The signature is kept for its validity window: the second search did not ask again.
  expect(search.signatureRequests).toBe(1);
});

test("staff of another organization, or an account with no role, is refused and sees no row", async ({
  page,
  platform,
  wallet,
}) => {
  const { revoker } = university(platform);
  const otherStaff = platform.demo.accounts.find(
    (account) => account.role === "DiplomaIssuer" && account.orgId !== revoker.orgId,
  )!;
  const search = new DiplomaSearchPage(page, platform, wallet);
  await search.open(otherStaff.index);
  await search.search(revoker.orgId, "Sinov");
  await expect(search.refusal).toHaveText(/this account is not staff of this organization/i);
  await expect(search.rows).toHaveCount(0);

  await search.switchAccount(NO_ROLE_ACCOUNT);
  await search.search(revoker.orgId, "Sinov");
  await expect(search.refusal).toHaveText(/this account is not staff of this organization/i);
  await expect(search.rows).toHaveCount(0);

  // A mistyped year is named before the wallet is asked for anything.
  const signaturesBefore = search.signatureRequests;
  await search.form.getByLabel(/graduation year/i).fill("20x4");
  await search.search(revoker.orgId, "Sinov");
  await expect(search.refusal).toHaveText(/graduation year as four digits/i);
  expect(search.signatureRequests).toBe(signaturesBefore);
});

test("the search route answers 403 and no data to a signature by the wrong account", async ({
  platform,
  request,
  wallet,
}) => {
  const { revoker } = university(platform);
  /** Asks the route for the university's diplomas, with `account` named and `signer` signing. */
  async function searchAs(account: number, signer: number) {
    const access = await signedStaffAccess(platform, {
      orgId: revoker.orgId,
      account: wallet.accountAt(account),
      signerIndex: signer,
    });
    const response = await request.post(`${platform.appUrls.officials}/api/diplomas/search`, {
      data: { orgId: revoker.orgId, access, filters: { text: "Sinov" } },
    });
    return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
  }

  // A challenge naming the revoker, signed by an account with no role.
  expect(await searchAs(revoker.index, NO_ROLE_ACCOUNT)).toEqual({
    status: 403,
    body: { error: "wrongSigner" },
  });
  // The same account signing for itself is refused on chain: it holds no role there.
  expect(await searchAs(NO_ROLE_ACCOUNT, NO_ROLE_ACCOUNT)).toEqual({
    status: 403,
    body: { error: "notStaff" },
  });
  // The revoker's own signature opens the records: the refusals above were about the signer.
  const opened = await searchAs(revoker.index, revoker.index);
  expect(opened.status).toBe(200);
  expect(opened.body.total).toBeGreaterThanOrEqual(platform.demo.diplomaQrCodes.length);
});
