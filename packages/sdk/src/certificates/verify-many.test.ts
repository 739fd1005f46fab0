import { hexlify, Interface, randomBytes, Wallet } from "ethers";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors.ts";
import { abis } from "../generated/abis.ts";
import {
  decodeVerifications,
  encodeVerifyMany,
  type CertificateQueryFields,
  type VerificationFields,
} from "./verify-many.ts";

const registry = new Interface(abis.CertificateRegistry);
const selector = registry.getFunction("verifyMany")!.selector;
const hash = () => hexlify(randomBytes(32));

const queries: CertificateQueryFields[] = [
  { orgId: 1, certificateHash: hash(), proof: [], root: hash() },
  { orgId: 0xffffffff, certificateHash: hash(), proof: [hash(), hash(), hash()], root: hash() },
  {
    orgId: 7,
    certificateHash: hash().toUpperCase().replace("0X", "0x"),
    proof: [hash()],
    root: hash(),
  },
  { orgId: 0, certificateHash: hash(), proof: Array.from({ length: 10 }, hash), root: hash() },
];

function verification(status: number, linked: boolean): VerificationFields {
  const none = { root: `0x${"0".repeat(64)}`, certificateHash: `0x${"0".repeat(64)}` };
  return {
    status: BigInt(status),
    orgId: BigInt(status * 1000 + 3),
    issuer: Wallet.createRandom().address,
    issuedAt: 1_765_000_000n + BigInt(status),
    issuedBlock: 120n + BigInt(status),
    revokedAt: status === 3 ? 1_766_000_000n : 0n,
    revocationReason: status === 3 ? 3n : 0n,
    revokedWithBatch: linked,
    successor: linked ? { root: hash(), certificateHash: hash() } : none,
    predecessor: linked ? none : { root: hash(), certificateHash: hash() },
  };
}

describe("verifyMany's call data and answer", () => {
  it("encodes the queries exactly as ethers' ABI coder does", () => {
    expect(encodeVerifyMany(selector, queries)).toBe(
      registry.encodeFunctionData("verifyMany", [queries]),
    );
    expect(encodeVerifyMany(selector, [])).toBe(registry.encodeFunctionData("verifyMany", [[]]));
  });

  it("decodes the answers exactly as ethers' ABI coder does", () => {
    const answers = [0, 1, 2, 3, 4].map((status) => verification(status, status % 2 === 1));
    const data = registry.encodeFunctionResult("verifyMany", [answers]);
    const ours = decodeVerifications(data);
    const theirs = registry.decodeFunctionResult("verifyMany", data)[0] as VerificationFields[];
    expect(ours).toEqual(answers);
    expect(ours).toEqual(
      theirs.map((result) => ({
        status: result.status,
        orgId: result.orgId,
        issuer: result.issuer,
        issuedAt: result.issuedAt,
        issuedBlock: result.issuedBlock,
        revokedAt: result.revokedAt,
        revocationReason: result.revocationReason,
        revokedWithBatch: result.revokedWithBatch,
        successor: {
          root: result.successor.root,
          certificateHash: result.successor.certificateHash,
        },
        predecessor: {
          root: result.predecessor.root,
          certificateHash: result.predecessor.certificateHash,
        },
      })),
    );
    expect(decodeVerifications(registry.encodeFunctionResult("verifyMany", [[]]))).toEqual([]);
  });

  it("refuses a malformed hash or organization, and an answer cut short", () => {
    const [first] = queries;
    expect(() => encodeVerifyMany(selector, [{ ...first!, root: "0x12" }])).toThrow(
      InvalidArgumentError,
    );
    expect(() => encodeVerifyMany(selector, [{ ...first!, orgId: -1 }])).toThrow(
      InvalidArgumentError,
    );
    const data = registry.encodeFunctionResult("verifyMany", [[verification(2, false)]]);
    expect(() => decodeVerifications(data.slice(0, -64))).toThrow(InvalidArgumentError);
  });
});
