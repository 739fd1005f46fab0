import { describe, expect, it } from "vitest";
import { parseOrganizationId } from "./organization-id.ts";

describe("parseOrganizationId", () => {
  it("accepts decimal ids within uint32", () => {
    expect(parseOrganizationId("1")).toBe(1);
    expect(parseOrganizationId("4294967295")).toBe(4294967295);
  });

  it("rejects what the registry can never hold", () => {
    for (const param of ["0", "007", "-1", "1.5", "0x10", "abc", "", "4294967296", "1e3"]) {
      expect(parseOrganizationId(param), param).toBeNull();
    }
  });
});
