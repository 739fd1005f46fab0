import { describe, expect, it } from "vitest";
import { Wallet, type HDNodeWallet } from "ethers";
import {
  STAFF_ACCESS_VALIDITY_MS,
  checkStaffAccessSignature,
  staffAccessChallenge,
  staffAccessMessage,
  type Address,
  type SignedStaffAccess,
} from "../src/index.ts";

const origin = "https://officials.example.uz";
const now = new Date("2026-06-01T09:00:00.000Z");
const staff = Wallet.createRandom();
const stranger = Wallet.createRandom();

/** A challenge for organization `orgId` naming `account`, signed by `signer`, issued at `at`. */
async function signed(
  options: { orgId?: number; account?: HDNodeWallet; signer?: HDNodeWallet; at?: Date } = {},
): Promise<SignedStaffAccess> {
  const account = (options.account ?? staff).address as Address;
  const challenge = staffAccessChallenge(options.orgId ?? 7, account, origin, options.at ?? now);
  const signature = await (options.signer ?? staff).signMessage(staffAccessMessage(challenge));
  return { ...challenge, signature };
}

const expected = { orgId: 7, origin, now };

describe("the staff access challenge", () => {
  it("names the organization, the account, the app and the time in the signed text", async () => {
    const access = await signed();
    const text = staffAccessMessage(access);
    for (const part of ["Organization: 7", staff.address, origin, now.toISOString()]) {
      expect(text).toContain(part);
    }
    expect(checkStaffAccessSignature(access, expected)).toBeNull();
  });

  it("is refused when signed by another account than the one it names", async () => {
    const access = await signed({ signer: stranger });
    expect(checkStaffAccessSignature(access, expected)).toBe("wrongSigner");
  });

  it("is refused when its text was changed after signing", async () => {
    const access = await signed();
    expect(
      checkStaffAccessSignature({ ...access, account: stranger.address as Address }, expected),
    ).toBe("wrongSigner");
  });

  it("is refused for another organization than the one it was signed for", async () => {
    const access = await signed({ orgId: 8 });
    expect(checkStaffAccessSignature(access, expected)).toBe("otherOrganization");
  });

  it("is refused for another app", async () => {
    const access = await signed();
    expect(
      checkStaffAccessSignature(access, { ...expected, origin: "https://phishing.example" }),
    ).toBe("otherOrigin");
  });

  it("opens the records for its validity window only, and never from the future", async () => {
    const justInside = new Date(now.getTime() - STAFF_ACCESS_VALIDITY_MS);
    expect(checkStaffAccessSignature(await signed({ at: justInside }), expected)).toBeNull();
    const stale = new Date(now.getTime() - STAFF_ACCESS_VALIDITY_MS - 1000);
    expect(checkStaffAccessSignature(await signed({ at: stale }), expected)).toBe("stale");
    const future = new Date(now.getTime() + 5 * 60 * 1000);
    expect(checkStaffAccessSignature(await signed({ at: future }), expected)).toBe("future");
  });

  it("is refused when malformed or not a signature at all", async () => {
    const access = await signed();
    const cases: SignedStaffAccess[] = [
      { ...access, issuedAt: "yesterday" },
      { ...access, orgId: -1 },
      { ...access, account: "0x1234" as Address },
      { ...access, signature: "not hex" },
    ];
    for (const bad of cases) expect(checkStaffAccessSignature(bad, expected)).toBe("malformed");
    expect(checkStaffAccessSignature({ ...access, signature: "0x1234" }, expected)).toBe(
      "badSignature",
    );
  });
});
