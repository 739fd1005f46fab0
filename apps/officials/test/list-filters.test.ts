import { describe, expect, it } from "vitest";
import { organizationFilter, staffFilter } from "../src/features/organizations/list-filters";

describe("list filters from the query string", () => {
  it("keeps known enum names and trimmed text", () => {
    expect(
      organizationFilter({
        orgText: " maktab ",
        orgType: "School",
        orgRegion: "Khorezm",
        orgStatus: "Suspended",
      }),
    ).toEqual({ text: "maktab", orgType: "School", region: "Khorezm", status: "Suspended" });
    expect(staffFilter({ staffText: "0xabc", staffOrg: "12", staffRole: "QueueOfficer" })).toEqual({
      text: "0xabc",
      orgId: 12,
      role: "QueueOfficer",
    });
  });

  it("drops unknown values instead of passing them to the index", () => {
    expect(organizationFilter({ orgText: "  ", orgType: "Bank", orgRegion: ["Mars"] })).toEqual({
      orgType: undefined,
      region: undefined,
      status: undefined,
    });
    expect(staffFilter({ staffOrg: "-1", staffRole: "Mayor" })).toEqual({ role: undefined });
  });
});
