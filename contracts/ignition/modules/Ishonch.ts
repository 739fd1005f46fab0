import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import CoreModule from "./Core.js";
import CertificatesModule from "./Certificates.js";
import KindergartenQueueModule from "./KindergartenQueue.js";
import AppealsModule from "./Appeals.js";

/**
 * The whole Ishonch deployment: the core (access manager, organization registry) and every
 * service contract, each in its own module. Parameters go to the module that reads them,
 * e.g. `{ "Core": { "registrar": "0x…" } }`.
 */
export default buildModule("Ishonch", (m) => {
  const { accessManager, organizationRegistry } = m.useModule(CoreModule);
  const { certificateRegistry } = m.useModule(CertificatesModule);
  const { kindergartenQueue } = m.useModule(KindergartenQueueModule);
  const { citizenAppeals } = m.useModule(AppealsModule);
  return {
    accessManager,
    organizationRegistry,
    certificateRegistry,
    kindergartenQueue,
    citizenAppeals,
  };
});
