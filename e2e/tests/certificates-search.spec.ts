// Issue 3: a school's staff search the diplomas it issued by name and by number; the records
// are the school's own, so the server shows them only to a signed-in account (Sign-In with
// Ethereum, issue 13) that holds a staff role in that organization on chain. The seeded university's demo class
// (synthetic graduates, DM 9000001-9000006, the last one revoked) is in the records.
import { expect, test } from "../src/fixtures";
import { demoStaff } from "../src/certificates";
import { DiplomaSearchPage, signInThrough } from "../src/diplomas-search";
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

test("the university's staff find its diplomas by name and by number, signed in once", async ({
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
  // The sign-in was the one signature: searching asks the wallet for nothing more.
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
  await expect(search.refusal).toHaveText(/does not hold the needed role in this organization/i);
  await expect(search.rows).toHaveCount(0);

  await search.switchAccount(NO_ROLE_ACCOUNT);
  await search.search(revoker.orgId, "Sinov");
  await expect(search.refusal).toHaveText(/does not hold the needed role in this organization/i);
  await expect(search.rows).toHaveCount(0);

  // A mistyped year is named before the wallet is asked for anything.
  const signaturesBefore = search.signatureRequests;
  await search.form.getByLabel(/graduation year/i).fill("20x4");
  await search.search(revoker.orgId, "Sinov");
  await expect(search.refusal).toHaveText(/graduation year as four digits/i);
  expect(search.signatureRequests).toBe(signaturesBefore);
});

test("the search route answers 401 without a session and 403 to an account with no role", async ({
  platform,
  playwright,
}) => {
  const { revoker } = university(platform);
  /** Asks the route for the university's diplomas in a fresh browser-less session. */
  async function searchAs(account: number | null) {
    const request = await playwright.request.newContext();
    try {
      if (account !== null) await signInThrough(request, platform, account);
      const response = await request.post(`${platform.appUrls.officials}/api/diplomas/search`, {
        data: { orgId: revoker.orgId, filters: { text: "Sinov" } },
      });
      return {
        status: response.status(),
        body: (await response.json()) as Record<string, unknown>,
      };
    } finally {
      await request.dispose();
    }
  }

  expect(await searchAs(null)).toMatchObject({ status: 401, body: { error: "noSession" } });
  expect(await searchAs(NO_ROLE_ACCOUNT)).toMatchObject({
    status: 403,
    body: { error: "notStaff" },
  });
  // The revoker's own session opens the records: the refusals above were about the caller.
  const opened = await searchAs(revoker.index);
  expect(opened.status).toBe(200);
  expect(opened.body.total).toBeGreaterThanOrEqual(platform.demo.diplomaQrCodes.length);
});
