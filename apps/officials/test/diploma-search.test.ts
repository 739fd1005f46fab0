import { describe, expect, it } from "vitest";
import { parseSearchRequest } from "../src/features/diplomas/issued/search-api";

const access = {
  orgId: 3,
  account: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  origin: "http://127.0.0.1:3001",
  issuedAt: "2026-06-01T09:00:00.000Z",
  signature: "0x12",
};

describe("the issued-diplomas search request", () => {
  it("keeps the filters a person can set, and drops empty ones", () => {
    const parsed = parseSearchRequest({
      orgId: 3,
      access,
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

  it("refuses what no form sends: an unknown status, a text year, a huge text, no organization", () => {
    const bad = [
      { orgId: 3, access, filters: { status: "Lost" } },
      { orgId: 3, access, filters: { year: "2024" } },
      { orgId: 3, access, filters: { text: "x".repeat(101) } },
      { orgId: 3, access, filters: { page: 0 } },
      { access, filters: {} },
      { orgId: 3, filters: {} },
      "not an object",
    ];
    for (const body of bad) expect(parseSearchRequest(body), JSON.stringify(body)).toBeNull();
  });
});
