import { describe, expect, it } from "vitest";
import { recordDifferences, type IndexedRecord } from "./record-differences.ts";

const chain: IndexedRecord = {
  name: "Toshkent shahar 110-sonli maktab",
  orgType: "School",
  region: "TashkentCity",
  status: "Active",
  parentId: 1,
};

describe("recordDifferences", () => {
  it("finds nothing when the index matches the chain", () => {
    expect(recordDifferences(chain, { ...chain })).toEqual([]);
  });

  it("names every field that differs, e.g. a suspension the index has not seen", () => {
    expect(recordDifferences(chain, { ...chain, status: "Suspended", parentId: null })).toEqual([
      "status",
      "parentId",
    ]);
    expect(recordDifferences(chain, { ...chain, name: "Boshqa nom" })).toEqual(["name"]);
  });
});
