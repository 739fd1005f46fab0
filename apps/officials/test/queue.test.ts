import { describe, expect, it } from "vitest";
import { auditQueue, type AuditMember } from "../src/features/queue/audit";
import { MAX_GROUP_SEATS, parseGroupForm } from "../src/features/queue/forms";

const GENERAL = 7;

function member(seq: number, fields: Partial<AuditMember> = {}): AuditMember {
  return {
    seq,
    application: 100 + seq,
    status: "Waiting",
    tier: GENERAL,
    offerId: 0,
    contractAhead: null,
    ...fields,
  };
}

describe("auditQueue", () => {
  it("orders by tier then number and recounts only waiting children ahead", () => {
    const members = [
      member(1, { status: "Offered", offerId: 1 }),
      member(2, { contractAhead: 1 }),
      member(3, { tier: 0, contractAhead: 0 }),
      member(4, { status: "Left" }),
      member(5, { contractAhead: 2 }),
    ];
    const audit = auditQueue(members, new Map());
    expect(audit.rows.map((row) => row.seq)).toEqual([3, 1, 2, 4, 5]);
    expect(audit.rows.map((row) => row.recountedAhead)).toEqual([0, null, 1, null, 2]);
    expect(audit.problems).toBe(0);
  });

  it("marks a position that differs from the contract's and a child an offer skipped", () => {
    const members = [member(1, { contractAhead: 0 }), member(2, { contractAhead: 0 })];
    const audit = auditQueue(members, new Map([[101, [7]]]));
    expect(audit.rows[0]).toMatchObject({ positionMatches: true, skippedBy: [7] });
    expect(audit.rows[1]).toMatchObject({ recountedAhead: 1, positionMatches: false });
    expect(audit.problems).toBe(2);
  });
});

describe("parseGroupForm", () => {
  const group = { kindergarten: "13", ageGroup: "0" };

  it("accepts a capacity of 0 (closes the group) but a release of at least one seat", () => {
    expect(parseGroupForm({ ...group, seats: "0" }, "capacity")).toEqual({
      ok: true,
      value: { kindergarten: 13, ageGroup: 0, seats: 0 },
    });
    expect(parseGroupForm({ ...group, seats: "0" }, "release")).toMatchObject({
      ok: false,
      problems: { seats: { key: "seatsInvalid" } },
    });
  });

  it("names every missing or malformed field", () => {
    const parsed = parseGroupForm({ kindergarten: "", ageGroup: "", seats: "2.5" }, "capacity");
    expect(parsed).toEqual({
      ok: false,
      problems: {
        kindergarten: { key: "kindergartenRequired" },
        ageGroup: { key: "ageGroupRequired" },
        seats: { key: "capacityInvalid", values: { max: MAX_GROUP_SEATS } },
      },
    });
    expect(parseGroupForm({ ...group, seats: String(MAX_GROUP_SEATS + 1) }, "release").ok).toBe(
      false,
    );
  });
});
