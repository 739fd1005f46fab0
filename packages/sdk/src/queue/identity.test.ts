import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getBytes } from "ethers";
import {
  DEV_QUEUE_MASTER_KEY,
  childTag,
  districtKeyFrom,
  districtKeyFromEnv,
  formatParentSecret,
  generateParentSecret,
  isChildId,
  isParentSecret,
  normaliseChildId,
  parentKeyAddress,
} from "./identity.ts";

const districtKey = districtKeyFrom(DEV_QUEUE_MASTER_KEY, 7);

describe("child tag", () => {
  it("is HMAC-SHA256 of the normalised id under the district key", () => {
    const expected = createHmac("sha256", getBytes(districtKey)).update("ITN1234567").digest("hex");
    expect(childTag(districtKey, "I-TN 123 45 67")).toBe(`0x${expected}`);
  });

  it("tags one child once however the id is typed, and differs between districts", () => {
    expect(normaliseChildId(" i-tn 1234567 ")).toBe("ITN1234567");
    expect(childTag(districtKey, "itn-1234567")).toBe(childTag(districtKey, "ITN 1234567"));
    expect(childTag(districtKey, "ITN1234567")).not.toBe(childTag(districtKey, "ITN1234568"));
    const otherDistrict = districtKeyFrom(DEV_QUEUE_MASTER_KEY, 8);
    expect(childTag(otherDistrict, "ITN1234567")).not.toBe(childTag(districtKey, "ITN1234567"));
  });

  it("refuses ids too short or too long to be a certificate number", () => {
    expect(isChildId("AB-12")).toBe(false);
    expect(isChildId("X".repeat(33))).toBe(false);
    expect(isChildId("I-TN 1234567")).toBe(true);
    expect(() => childTag(districtKey, "AB-12")).toThrow();
  });
});

describe("district key", () => {
  it("comes from ISHONCH_QUEUE_KEY, or the public dev key on chain 31337 only", () => {
    const master = `0x${"11".repeat(32)}`;
    expect(districtKeyFromEnv({ ISHONCH_QUEUE_KEY: master }, 1337, 3)).toBe(
      districtKeyFrom(master, 3),
    );
    expect(districtKeyFromEnv({}, 31337, 3)).toBe(districtKeyFrom(DEV_QUEUE_MASTER_KEY, 3));
    expect(() => districtKeyFromEnv({}, 1337, 3)).toThrow(/ISHONCH_QUEUE_KEY/);
    expect(() => districtKeyFromEnv({ ISHONCH_QUEUE_KEY: "0x1234" }, 1337, 3)).toThrow(/32 bytes/);
  });
});

describe("parent secret", () => {
  it("is five groups of four unambiguous characters, different every time", () => {
    const secrets = Array.from({ length: 50 }, generateParentSecret);
    for (const secret of secrets) {
      expect(secret).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(isParentSecret(secret)).toBe(true);
    }
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it("survives retyping: lower case, spaces, O for 0 and I or L for 1", () => {
    const secret = "0123-4567-89AB-CDEF-GHJK";
    const retyped = "o123 4567 89ab cdef ghjk".replace("1", "l");
    expect(formatParentSecret(retyped)).toBe(secret);
    expect(parentKeyAddress(retyped)).toBe(parentKeyAddress(secret));
    expect(parentKeyAddress("0123-4567-89AB-CDEF-GHJM")).not.toBe(parentKeyAddress(secret));
  });

  it("rejects strings of the wrong shape", () => {
    expect(isParentSecret("0123-4567-89AB-CDEF")).toBe(false);
    expect(isParentSecret("0123-4567-89AB-CDEF-GHJU")).toBe(false);
    expect(() => parentKeyAddress("not a secret")).toThrow();
  });
});
