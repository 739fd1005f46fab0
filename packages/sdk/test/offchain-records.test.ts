import { describe, expect, it } from "vitest";
import {
  OFFCHAIN_RECORDS_FORMAT,
  devAgencyKeyPair,
  openAsAgency,
  parseOffchainRecords,
  prepareAppeal,
  sealedDocumentOf,
  sealedDocumentRecord,
  type OffchainRecords,
} from "../src/index.ts";

const agencyId = 7;
const agencyKey = { agencyId, publicKey: devAgencyKeyPair(agencyId).publicKey };

async function recordsWithOneAppeal(): Promise<OffchainRecords> {
  const { sealed } = await prepareAppeal({
    appealType: "Statement",
    agencyId,
    agencyKey,
    text: "SYNTHETIC test statement about test group 3.",
    files: [],
  });
  return {
    format: OFFCHAIN_RECORDS_FORMAT,
    diplomas: [],
    sealedDocuments: [sealedDocumentRecord(sealed)],
    agencyKeys: [agencyKey],
  };
}

describe("off-chain records", () => {
  it("a sealed appeal survives the JSON file and still opens for its agency", async () => {
    const records = parseOffchainRecords(JSON.stringify(await recordsWithOneAppeal()));
    const sealed = sealedDocumentOf(records.sealedDocuments[0]!);
    const opened = await openAsAgency(sealed, agencyId, devAgencyKeyPair(agencyId).privateKey);
    expect(opened.text).toBe("SYNTHETIC test statement about test group 3.");
    expect(records.agencyKeys).toEqual([agencyKey]);
  });

  it("names the broken part of a file", async () => {
    const good = await recordsWithOneAppeal();
    const broken = (change: (records: Record<string, unknown>) => void) => {
      const copy = structuredClone(good) as unknown as Record<string, unknown>;
      change(copy);
      return () => parseOffchainRecords(JSON.stringify(copy));
    };
    expect(() => parseOffchainRecords("{ cut")).toThrow(/the file is not JSON/);
    expect(broken((r) => (r.format = "something.else"))).toThrow(/format is not/);
    expect(broken((r) => delete r.diplomas)).toThrow(/diplomas is not a list/);
    expect(broken((r) => (r.diplomas = [{ document: { format: "x" }, copy: {} }]))).toThrow(
      /diplomas\[0\]\.document is not a diploma document/,
    );
    const sealed = good.sealedDocuments[0]!;
    expect(
      broken((r) => (r.sealedDocuments = [{ ...sealed, wraps: [{ recipient: "operator" }] }])),
    ).toThrow(/sealedDocuments\[0\]\.wraps\[0\]\.recipient is not "citizen" or "agency:<id>"/);
    expect(broken((r) => (r.sealedDocuments = [{ ...sealed, blob: "not hex" }]))).toThrow(
      /sealedDocuments\[0\]\.blob is not non-empty 0x-hex/,
    );
    expect(broken((r) => (r.agencyKeys = [{ agencyId: -1, publicKey: "0x02" }]))).toThrow(
      /agencyKeys\[0\]\.agencyId is not an organization id/,
    );
  });
});
