import { describe, expect, it } from "vitest";
import { Wallet } from "ethers";
import {
  MAX_NAME_BYTES,
  contractInterface,
  decodeError,
  decodeLog,
  parseDeployment,
  validateOrganizationName,
  type IshonchDeployment,
} from "../src/index.ts";

const registryAddress = Wallet.createRandom().address;
const deployment: IshonchDeployment = parseDeployment({
  chainId: 31337,
  rpcUrl: "http://127.0.0.1:8545",
  startBlock: 1,
  contracts: {
    IshonchAccessManager: Wallet.createRandom().address,
    OrganizationRegistry: registryAddress,
    CertificateRegistry: Wallet.createRandom().address,
    KindergartenQueue: Wallet.createRandom().address,
    CitizenAppeals: Wallet.createRandom().address,
    IshonchCouncil: Wallet.createRandom().address,
    IshonchDirectory: Wallet.createRandom().address,
  },
});

describe("decodeError", () => {
  const registry = contractInterface("OrganizationRegistry");

  it("names a custom error with its arguments, wherever the wallet put the data", () => {
    const data = registry.encodeErrorResult("OrganizationNameTooLong", [200, 160]);
    const shapes = [
      { code: "CALL_EXCEPTION", data },
      { code: -32603, message: "execution reverted", data: { data } },
      { info: { error: { code: 3, data } } },
    ];
    for (const shape of shapes) {
      const error = decodeError(shape);
      expect(error.code).toBe("OrganizationNameTooLong");
      expect(error.args).toEqual({ length: "200", maxLength: "160" });
    }
  });

  it("decodes errors inherited from OpenZeppelin, such as an unauthorised caller", () => {
    const caller = Wallet.createRandom().address;
    const data = registry.encodeErrorResult("AccessManagedUnauthorized", [caller]);
    expect(decodeError({ data }).code).toBe("AccessManagedUnauthorized");
  });

  it("recognises a rejected signature and an unreachable node", () => {
    expect(decodeError({ code: 4001, message: "User rejected the request." }).code).toBe(
      "UserRejected",
    );
    expect(decodeError({ code: "ACTION_REJECTED" }).code).toBe("UserRejected");
    expect(decodeError({ code: "ECONNREFUSED" }).code).toBe("NetworkError");
  });

  it("never guesses: unknown revert data is a plain revert, anything else Unknown", () => {
    expect(decodeError({ code: "CALL_EXCEPTION", data: "0x12345678" }).code).toBe("Reverted");
    expect(decodeError(new Error("boom")).code).toBe("Unknown");
  });
});

describe("validateOrganizationName", () => {
  it("accepts up to MAX_NAME_BYTES bytes of UTF-8 and refuses empty names", () => {
    expect(validateOrganizationName("a".repeat(MAX_NAME_BYTES))).toBeNull();
    expect(validateOrganizationName("a".repeat(MAX_NAME_BYTES + 1))?.code).toBe(
      "OrganizationNameTooLong",
    );
    expect(validateOrganizationName("   ")?.code).toBe("EmptyOrganizationName");
  });

  it("counts bytes, not letters: Uzbek and Cyrillic letters take two or three", () => {
    // "ʻ" (U+02BB) is two bytes, Cyrillic letters two: 80 Cyrillic letters are 160 bytes.
    expect(validateOrganizationName("Ж".repeat(80))).toBeNull();
    expect(validateOrganizationName("Ж".repeat(80) + "ʻ")?.args).toEqual({
      length: 162,
      maxLength: MAX_NAME_BYTES,
    });
  });
});

describe("parseDeployment", () => {
  it("refuses a deployment missing a contract or with a bad chain id", () => {
    expect(() => parseDeployment({ ...deployment, chainId: 0 })).toThrow(/chainId/);
    expect(() =>
      parseDeployment({ ...deployment, contracts: { OrganizationRegistry: registryAddress } }),
    ).toThrow(/IshonchAccessManager/);
  });
});

describe("decodeLog", () => {
  it("decodes an event of the deployment's registry and ignores other contracts", () => {
    const registry = contractInterface("OrganizationRegistry");
    const encoded = registry.encodeEventLog("OrganizationRegistered", [7, 3, 11, 2, "Maktab"]);
    const log = { address: registryAddress.toLowerCase(), ...encoded };
    expect(decodeLog(deployment, log)).toEqual({
      contract: "OrganizationRegistry",
      address: registryAddress,
      name: "OrganizationRegistered",
      args: { id: 7, orgType: 3, region: 11, parentId: 2, name: "Maktab" },
    });
    expect(decodeLog(deployment, { ...log, address: Wallet.createRandom().address })).toBeNull();
  });
});
