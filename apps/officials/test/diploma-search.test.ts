import { describe, expect, it } from "vitest";
import { parseSearchRequest } from "../src/features/diplomas/server/search-request";

describe("the issued-diplomas search request", () => {
  it("keeps the filters a person can set, and drops empty ones", () => {
    const parsed = parseSearchRequest({
      orgId: 3,
      filters: { text: " DM 9000001 ", year: 2024, programme: "", status: "Superseded", page: 2 },
    });
    expect(parsed?.filters).toEqual({
      text: "DM 9000001",
      year: 2024,
      programme: undefined,
      status: "Superseded",
      page: 2,
    });
  });

  it("refuses what no form sends: an unknown status, a text year, a huge text, no organization, a signed challenge", () => {
    const bad = [
      { orgId: 3, filters: { status: "Lost" } },
      { orgId: 3, filters: { year: "2024" } },
      { orgId: 3, filters: { text: "x".repeat(101) } },
      { orgId: 3, filters: { page: 0 } },
      { orgId: 0, filters: {} },
      { filters: {} },
      // The old bearer signature: the caller is the session now, nothing in the body.
      { orgId: 3, access: { signature: "0x12" }, filters: {} },
      "not an object",
    ];
    for (const body of bad) expect(parseSearchRequest(body), JSON.stringify(body)).toBeNull();
  });
});
