import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import CoreModule from "./Core.js";
import CertificatesModule from "./Certificates.js";
import KindergartenQueueModule from "./KindergartenQueue.js";
import AppealsModule from "./Appeals.js";
import CouncilModule from "./Council.js";

/**
 * The whole Ishonch deployment: the core (access manager, organization registry) and every
 * service contract, each in its own module, and the council of agencies (Council.ts). Parameters
 * go to the module that reads them, e.g. `{ "Core": { "registrar": "0x…" } }`. The deploying
 * account keeps its direct roles here (the local demo's ministry registrar); Production.ts is
 * this deployment followed by the hand-over that leaves the council alone in charge.
 */
export default buildModule("Ishonch", (m) => {
  const { accessManager, organizationRegistry } = m.useModule(CoreModule);
  const { certificateRegistry } = m.useModule(CertificatesModule);
  const { kindergartenQueue } = m.useModule(KindergartenQueueModule);
  const { citizenAppeals } = m.useModule(AppealsModule);
  const { council } = m.useModule(CouncilModule);
  return {
    accessManager,
    organizationRegistry,
    certificateRegistry,
    kindergartenQueue,
    citizenAppeals,
    council,
  };
});
