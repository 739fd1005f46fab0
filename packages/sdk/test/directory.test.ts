import { describe, expect, it } from "vitest";
import {
  directoryServiceId,
  directoryServiceName,
  wasCurrentAt,
  type ServiceVersion,
} from "../src/directory.ts";

const OLD = "0x00000000000000000000000000000000000000A1";
const NEW = "0x00000000000000000000000000000000000000B2";
const versions: ServiceVersion[] = [
  { contractAddress: OLD, sinceBlock: 1, sinceTime: 1_000, untilTime: 5_000 },
  { contractAddress: NEW, sinceBlock: 90, sinceTime: 5_000, untilTime: null },
];

describe("directory of services", () => {
  it("names a service by its contract's name, readable back from the id", () => {
    const id = directoryServiceId("CertificateRegistry");
    expect(id).toMatch(/^0x[0-9a-f]{64}$/);
    expect(directoryServiceName(id)).toBe("CertificateRegistry");
    const hashLike = `0x${"ff".repeat(32)}`;
    expect(directoryServiceName(hashLike)).toBe(hashLike);
  });

  it("accepts an earlier version only for what it did while it was current", () => {
    expect(wasCurrentAt(versions, OLD.toLowerCase(), 4_999)).toBe(true);
    expect(wasCurrentAt(versions, OLD, 5_000)).toBe(false);
    expect(wasCurrentAt(versions, OLD, 999)).toBe(false);
    expect(wasCurrentAt(versions, NEW, 1_000_000)).toBe(true);
    expect(wasCurrentAt(versions, NEW, 4_999)).toBe(false);
  });
});
