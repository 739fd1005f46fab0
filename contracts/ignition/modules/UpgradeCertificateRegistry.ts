import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/**
 * Step 1 of upgrading the certificate registry (docs/production.md, "Upgrading a contract"):
 * deploys its new version against the running platform, and nothing else. The deploying
 * account holds no role after the hand-over, so wiring the new version (its function roles)
 * and re-pointing the directory are council proposals. Parameters (both required):
 * - `accessManager`: the platform's access manager;
 * - `organizationRegistry`: the organization registry the new version checks staff against.
 * Other services upgrade the same way, with a module that deploys their contract.
 */
export default buildModule("UpgradeCertificateRegistry", (m) => {
  const accessManager = m.getParameter<string>("accessManager");
  const organizationRegistry = m.getParameter<string>("organizationRegistry");
  const certificateRegistry = m.contract("CertificateRegistry", [
    accessManager,
    organizationRegistry,
  ]);
  return { certificateRegistry };
});
