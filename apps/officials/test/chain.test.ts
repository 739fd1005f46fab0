import { describe, expect, it } from "vitest";
import { ishonchChain } from "../src/shared/wallet/chain";

describe("ishonchChain", () => {
  it("defines the wallet's chain from the deployment file alone", () => {
    const chain = ishonchChain({ chainId: 1337, rpcUrl: "http://10.0.0.5:8545" });
    expect(chain.id).toBe(1337);
    expect(chain.rpcUrls.default.http).toEqual(["http://10.0.0.5:8545"]);
    expect(chain.name).toContain("1337");
  });
});
