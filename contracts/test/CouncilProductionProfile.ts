// The production network profile (network/besu): a QBFT genesis with free gas, node
// configurations that charge nothing and keep observers read-only, and a deployment that goes
// to whatever RPC URL and chain id the environment names.
import { readFileSync } from "node:fs";
import { expect } from "chai";
import { decodeRlp, getAddress } from "ethers";

const besuDir = new URL("../../network/besu/", import.meta.url);
const readText = (name: string) => readFileSync(new URL(name, besuDir), "utf8");
const readJson = (name: string): unknown => JSON.parse(readText(name));

interface Genesis {
  config: { chainId: number; zeroBaseFee?: boolean; qbft?: Record<string, number> } & Record<
    string,
    unknown
  >;
  extraData: string;
  gasLimit: string;
}

/** `key=value` lines of a Besu TOML file, values as written. */
function tomlSettings(name: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const line of readText(name).split("\n")) {
    const match = /^([a-z0-9-]+)\s*=\s*(.+)$/.exec(line.trim());
    if (match) settings.set(match[1]!, match[2]!);
  }
  return settings;
}

describe("Production network profile (Hyperledger Besu, QBFT)", function () {
  const genesis = readJson("genesis.json") as Genesis;

  it("names QBFT as the only consensus and makes gas free", function () {
    expect(genesis.config.qbft).to.include.keys("blockperiodseconds", "epochlength");
    for (const other of ["ethash", "clique", "ibft2"]) {
      expect(genesis.config, other).not.to.have.property(other);
    }
    expect(genesis.config.zeroBaseFee).to.equal(true);
    expect(genesis.config.chainId).to.be.a("number").and.not.equal(31337);
    expect(BigInt(genesis.gasLimit) > 30_000_000n).to.equal(true);
  });

  it("encodes exactly the validators of validators.json in the QBFT extra data", function () {
    const [vanity, validators, votes, round, seals] = decodeRlp(genesis.extraData) as [
      string,
      string[],
      string[],
      string,
      string[],
    ];
    expect(vanity).to.equal(`0x${"00".repeat(32)}`);
    const expected = (readJson("validators.json") as string[]).map((a) => getAddress(a));
    expect(validators.map((a) => getAddress(a))).to.deep.equal(expected);
    expect(expected.length).to.be.greaterThanOrEqual(4, "QBFT tolerates a fault from 4 up");
    expect([votes, round, seals]).to.deep.equal([[], "0x", []]);
  });

  it("sets a zero minimum gas price on every node and keeps the observer read-only", function () {
    const validator = tomlSettings("validator.toml");
    const observer = tomlSettings("observer.toml");
    for (const node of [validator, observer]) expect(node.get("min-gas-price")).to.equal("0");
    expect(validator.get("rpc-http-host")).to.equal('"127.0.0.1"');
    expect(observer.has("node-private-key-file")).to.equal(false);
    expect(observer.get("rpc-http-api")).to.equal('["ETH","NET","WEB3"]');
    const observerAccounts = tomlSettings(
      observer.get("permissions-accounts-config-file")!.replaceAll('"', "").split("/").pop()!,
    );
    expect(observerAccounts.get("accounts-allowlist")).to.equal("[]");
  });

  it("deploys to the RPC URL and chain id named by ISHONCH_RPC_URL and ISHONCH_CHAIN_ID", async function () {
    const rpcUrl = "https://rpc.observer.example:8545";
    const saved = { url: process.env.ISHONCH_RPC_URL, chainId: process.env.ISHONCH_CHAIN_ID };
    process.env.ISHONCH_RPC_URL = rpcUrl;
    process.env.ISHONCH_CHAIN_ID = String(genesis.config.chainId);
    try {
      // A fresh evaluation of the configuration, as `hardhat ignition deploy` would read it.
      const { default: config } = (await import(`../hardhat.config.ts?profile=${Date.now()}`)) as {
        default: { networks: Record<string, { type: string; url?: string; chainId?: number }> };
      };
      expect(config.networks.localhost).to.deep.include({
        type: "http",
        url: rpcUrl,
        chainId: genesis.config.chainId,
      });
    } finally {
      for (const [name, value] of [
        ["ISHONCH_RPC_URL", saved.url],
        ["ISHONCH_CHAIN_ID", saved.chainId],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
