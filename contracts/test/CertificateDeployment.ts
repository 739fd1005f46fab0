// The certificates deployment: the Ignition modules wire the registry to the core's access
// manager and organization registry, and give only the revoking functions to the registrar.
import { expect } from "chai";
import CertificatesModule from "../ignition/modules/Certificates.js";
import {
  ethers,
  expectRoleGivenExactly,
  ignition,
  networkHelpers,
  selectorsOf,
} from "./fixtures.js";
import { deployCertificates } from "./CertificateHelpers.js";

const OVERSIGHT_FUNCTIONS = ["revokeCertificate", "revokeBatch", "supersede"] as const;

describe("Deployment (Ignition module Certificates)", function () {
  it("is part of the whole deployment, on the core's manager and registry", async function () {
    const { manager, registry, certificates } =
      await networkHelpers.loadFixture(deployCertificates);
    expect(await certificates.authority()).to.equal(await manager.getAddress());
    expect(await certificates.REGISTRY()).to.equal(await registry.getAddress());
  });

  it("lists the three revoking functions as oversightSelectors", async function () {
    const { certificates } = await networkHelpers.loadFixture(deployCertificates);
    expect(await certificates.oversightSelectors())
      .to.have.members(selectorsOf(certificates, OVERSIGHT_FUNCTIONS))
      .and.have.length(3);
  });

  it("gives the registrar role those functions and no other", async function () {
    const { manager, certificates } = await networkHelpers.loadFixture(deployCertificates);
    const registrarRole = await manager.REGISTRAR_ROLE();
    await expectRoleGivenExactly(manager, certificates, OVERSIGHT_FUNCTIONS, registrarRole);
  });

  it("deploys on its own with the core, the deploying account as registrar", async function () {
    const [deployer] = await ethers.getSigners();
    const { certificateRegistry } = await ignition.deploy(CertificatesModule);
    const certificates = await ethers.getContractAt(
      "CertificateRegistry",
      await certificateRegistry.getAddress(),
    );
    const manager = await ethers.getContractAt(
      "IshonchAccessManager",
      await certificates.authority(),
    );
    const [allowed] = await manager.canCall(
      deployer.address,
      await certificates.getAddress(),
      certificates.interface.getFunction("revokeBatch")!.selector,
    );
    expect(allowed).to.equal(true);
  });
});
