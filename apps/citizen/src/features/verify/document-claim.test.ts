import { describe, expect, it } from "vitest";
import { MAX_PROOF_LENGTH, parseDocumentClaim } from "./document-claim.ts";

const hash = (digit: string) => `0x${digit.repeat(64)}`;
const claim = {
  certificateHash: hash("A"),
  proof: [hash("b"), hash("c")],
  root: hash("d"),
  orgId: 4,
  chainId: 31337,
  contract: `0x${"E".repeat(40)}`,
};

describe("parseDocumentClaim", () => {
  it("accepts hashes, a proof and the document's anchor, in lower case", () => {
    expect(parseDocumentClaim({ ...claim, locale: "en" })).toEqual({
      ...claim,
      certificateHash: hash("a"),
      contract: `0x${"e".repeat(40)}`,
    });
  });

  it("refuses anything that is not exactly that", () => {
    const bad: unknown[] = [
      null,
      "text",
      { ...claim, certificateHash: "0x12" },
      { ...claim, root: undefined },
      { ...claim, proof: "0x" },
      { ...claim, proof: [hash("b"), "Dilnoza"] },
      { ...claim, proof: Array.from({ length: MAX_PROOF_LENGTH + 1 }, () => hash("b")) },
      { ...claim, orgId: 0 },
      { ...claim, orgId: 2 ** 32 },
      { ...claim, chainId: "31337" },
      { ...claim, contract: "0x1234" },
    ];
    for (const body of bad) expect(parseDocumentClaim(body), JSON.stringify(body)).toBeNull();
  });
});
