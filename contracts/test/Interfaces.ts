// Each deployed service's API is its interface (I<Name>.sol, beside it): every function,
// event and error that the SDK, the index and the apps rely on is declared there, with its
// NatSpec, and nowhere else. Constants (UPPER_CASE) stay with the implementation, as in
// OpenZeppelin's contracts. An external function added to an implementation only would pass
// every other test; here it fails.
import { expect } from "chai";
import { Fragment, Interface } from "ethers";
import { artifacts } from "hardhat";
import { SERVICES } from "./fixtures.js";

/** Errors of OpenZeppelin's ShortStrings, which EIP712 uses for its domain name and version. */
const LIBRARY_ERRORS = ["error InvalidShortString()", "error StringTooLong(string)"];

/** A contract's functions, events and errors: their types, mutability and return types. */
async function apiOf(name: string): Promise<string[]> {
  const { abi } = await artifacts.readArtifact(name);
  return new Interface(abi).fragments
    .filter((fragment) => fragment.type !== "constructor")
    .map((fragment: Fragment) => fragment.format("minimal"))
    .sort();
}

/** A public constant's (or immutable's) getter, by the Solidity naming convention. */
const isConstant = (signature: string) =>
  /^function [A-Z][A-Z0-9_]*\(\) view returns/.test(signature);

describe("Interfaces", function () {
  for (const service of [...SERVICES, "IshonchDirectory"]) {
    it(`I${service} declares the whole API of ${service}`, async function () {
      const declared = await apiOf(`I${service}`);
      const implemented = (await apiOf(service)).filter(
        (signature) => !LIBRARY_ERRORS.includes(signature),
      );
      expect(implemented).to.include.members(declared);
      const undeclared = implemented.filter((signature) => !declared.includes(signature));
      expect(undeclared.filter((signature) => !isConstant(signature))).to.deep.equal([]);
    });
  }
});
