import { describe, expect, it } from "vitest";
import { parseRegisterForm, parseStaffForm } from "../src/features/organizations/forms";
import { parseAccount, parseOrganizationId } from "../src/shared/ui/forms";

const checksummed = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("parseAccount", () => {
  it("accepts a checksummed address and all-lowercase hex, returning the checksum form", () => {
    expect(parseAccount(checksummed)).toEqual({ ok: true, address: checksummed });
    expect(parseAccount(` ${checksummed.toLowerCase()} `)).toEqual({
      ok: true,
      address: checksummed,
    });
  });

  it("rejects mixed case that does not match the checksum", () => {
    const typo = checksummed.replace("C51812dc", "c51812dc");
    expect(parseAccount(typo)).toEqual({
      ok: false,
      problem: { kind: "app", key: "accountChecksum" },
    });
  });

  it("rejects empty, short, non-hex and zero addresses with distinct reasons", () => {
    expect(parseAccount("  ")).toMatchObject({ problem: { key: "accountRequired" } });
    expect(parseAccount(checksummed.slice(0, 41))).toMatchObject({
      problem: { key: "accountInvalid" },
    });
    expect(parseAccount(`0x${"g".repeat(40)}`)).toMatchObject({
      problem: { key: "accountInvalid" },
    });
    expect(parseAccount(`0x${"0".repeat(40)}`)).toMatchObject({ problem: { key: "accountZero" } });
  });
});

describe("parseOrganizationId", () => {
  it("takes positive uint32 ids only", () => {
    expect(parseOrganizationId("7")).toBe(7);
    expect(parseOrganizationId("4294967295")).toBe(4294967295);
    expect(parseOrganizationId("4294967296")).toBeNull();
    expect(parseOrganizationId("0")).toBeNull();
    expect(parseOrganizationId("07")).toBeNull();
    expect(parseOrganizationId("1.5")).toBeNull();
    expect(parseOrganizationId("")).toBeNull();
  });
});

describe("parseRegisterForm", () => {
  const valid = { orgType: "School", region: "TashkentCity", parentId: "0", name: "42-maktab" };

  it("turns a complete form into the registry's arguments", () => {
    expect(parseRegisterForm({ ...valid, parentId: "3", name: "  Yunusobod 42-maktab " })).toEqual({
      ok: true,
      value: {
        orgType: "School",
        region: "TashkentCity",
        parentId: 3,
        name: "Yunusobod 42-maktab",
      },
    });
    expect(parseRegisterForm({ ...valid, parentId: "" })).toMatchObject({ value: { parentId: 0 } });
  });

  it("rejects an empty or blank name with the contract's error", () => {
    const result = parseRegisterForm({ ...valid, name: "   " });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.name).toMatchObject({
        kind: "sdk",
        error: { code: "EmptyOrganizationName" },
      });
  });

  it("counts the name in UTF-8 bytes, not characters", () => {
    // "Ш" takes 2 bytes: 80 of them are exactly the 160-byte limit, 81 are over it.
    expect(parseRegisterForm({ ...valid, name: "Ш".repeat(80) }).ok).toBe(true);
    const result = parseRegisterForm({ ...valid, name: "Ш".repeat(81) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.name).toMatchObject({
        kind: "sdk",
        error: { code: "OrganizationNameTooLong", args: { length: 162, maxLength: 160 } },
      });
    }
  });

  it("rejects values that are not in the contract's enums", () => {
    const result = parseRegisterForm({ ...valid, orgType: "Bank", region: "", parentId: "x" });
    expect(result).toEqual({
      ok: false,
      problems: {
        orgType: { kind: "app", key: "choiceRequired" },
        region: { kind: "app", key: "choiceRequired" },
        parentId: { kind: "app", key: "choiceRequired" },
      },
    });
  });
});

describe("parseStaffForm", () => {
  it("accepts an organization, a role and an account", () => {
    expect(parseStaffForm({ orgId: "2", role: "DiplomaIssuer", account: checksummed })).toEqual({
      ok: true,
      value: { orgId: 2, role: "DiplomaIssuer", account: checksummed },
    });
  });

  it("reports every missing field at once", () => {
    const result = parseStaffForm({ orgId: "", role: "Janitor", account: "0x1234" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.problems).sort()).toEqual(["account", "orgId", "role"]);
    }
  });
});
