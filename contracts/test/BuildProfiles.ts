// Contracts are tested with the `default` build profile and deployed by Ignition with
// `production`. If the two resolved differently, the deployed bytecode would not be the tested
// one, and every switch between them would recompile and rewrite artifacts/ under the feet of
// the other processes of a test run.
import { expect } from "chai";
import hre from "hardhat";

describe("Build profiles", function () {
  it("production compiles exactly as the tests do", function () {
    const { default: tested, production: deployed } = hre.config.solidity.profiles;
    // Key order matters too: Hardhat hashes the settings as written to decide what to rebuild.
    expect(JSON.stringify(deployed)).to.equal(JSON.stringify(tested));
  });
});
