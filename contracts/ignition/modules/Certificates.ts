import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import CoreModule from "./Core.js";

/**
 * Education certificates (diplomas): the CertificateRegistry, checking staff against the
 * core's organization registry. Issuing and revoking need staff roles of an active
 * organization; the revoking functions (`oversightSelectors`) are also given to the
 * registrar role, so that the diplomas of a suspended organization can still be revoked.
 */
export default buildModule("Certificates", (m) => {
  const { accessManager, organizationRegistry } = m.useModule(CoreModule);

  const certificateRegistry = m.contract("CertificateRegistry", [
    accessManager,
    organizationRegistry,
  ]);

  const registrarRole = m.staticCall(accessManager, "REGISTRAR_ROLE", [], 0, {
    id: "registrarRole",
  });
  const oversightSelectors = m.staticCall(certificateRegistry, "oversightSelectors", [], 0, {
    id: "oversightSelectors",
  });
  m.call(
    accessManager,
    "setTargetFunctionRole",
    [certificateRegistry, oversightSelectors, registrarRole],
    { id: "restrictCertificateOversight" },
  );

  return { certificateRegistry };
});
