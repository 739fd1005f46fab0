import { describe, expect, it } from "vitest";
import type { DiplomaEvidence } from "@ishonch/sdk";
import { verdictView } from "./verdict-view.ts";

const evidence: DiplomaEvidence = {
  orgId: 4,
  organization: {
    id: 4,
    orgType: "University",
    region: "Bukhara",
    status: "Active",
    parentId: 2,
    registeredAt: new Date("2026-01-01T00:00:00Z"),
    name: "Buxoro davlat universiteti",
  },
  issuer: "0x00000000000000000000000000000000000000aa",
  issuedAt: new Date("2026-06-30T07:00:00Z"),
  issuedBlock: 42,
  transactionHash: `0x${"1".repeat(64)}`,
  root: `0x${"2".repeat(64)}`,
  certificateHash: `0x${"3".repeat(64)}`,
  chainId: 31337,
  contract: "0x00000000000000000000000000000000000000cc",
};

describe("verdictView", () => {
  it("names the issuer from the chain and lists the block and transaction", () => {
    const view = verdictView("en", { kind: "valid", evidence });
    expect(view.status).toBe("valid");
    expect(view.explanation).toContain("issued by Buxoro davlat universiteti");
    const facts = Object.fromEntries(view.facts.map((fact) => [fact.name, fact.value]));
    expect(facts).toMatchObject({
      issuer: "Buxoro davlat universiteti",
      accreditation: "Active",
      block: "42",
      transaction: evidence.transactionHash,
    });
    expect(facts.issuedAt).toContain("2026");
  });

  it("gives a revocation's reason and date, in the reader's language", () => {
    const view = verdictView("ru", {
      kind: "revoked",
      evidence,
      reason: 3,
      reasonName: "Fraud",
      revokedAt: new Date("2026-09-01T09:00:00Z"),
      revokedWithBatch: false,
      successor: null,
    });
    expect(view.explanation).toMatch(/^Этот диплом аннулирован 1 сентября 2026/);
    expect(view.explanation).toContain("Мошенничество");
    expect(view.facts.find((fact) => fact.name === "reason")?.value).toMatch(/^Мошенничество/);
  });

  it("has no issuer to name for a diploma never issued", () => {
    const view = verdictView("uz", { kind: "notIssued", evidence: null, otherDeployment: false });
    expect(view.issuer).toBeNull();
    expect(view.facts).toEqual([]);
    expect(view.explanation).toContain("qayd etilmagan");
  });
});
