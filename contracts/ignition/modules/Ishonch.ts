import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import CoreModule from "./Core.js";
import CertificatesModule from "./Certificates.js";
import KindergartenQueueModule from "./KindergartenQueue.js";
import AppealsModule from "./Appeals.js";
import CouncilModule from "./Council.js";
import DirectoryModule from "./Directory.js";

/**
 * The whole Ishonch deployment: the core (access manager, organization registry) and every
 * service contract, each in its own module, the council of agencies (Council.ts) and the
 * directory that lists every service's current contract (Directory.ts). Parameters go to the
 * module that reads them, e.g. `{ "Core": { "registrar": "0x…" } }`. The deploying account
 * still holds its wiring roles at the end of this module; Production.ts adds the hand-over
 * (HandOver.ts) that leaves the council alone in charge. Alone, this module serves tests and
 * the local demo's first step (it seeds with those roles, then deploys Production.ts).
 */
export default buildModule("Ishonch", (m) => {
  const { accessManager, organizationRegistry } = m.useModule(CoreModule);
  const { certificateRegistry } = m.useModule(CertificatesModule);
  const { kindergartenQueue } = m.useModule(KindergartenQueueModule);
  const { citizenAppeals } = m.useModule(AppealsModule);
  const { council } = m.useModule(CouncilModule);
  const { directory } = m.useModule(DirectoryModule);
  return {
    accessManager,
    organizationRegistry,
    certificateRegistry,
    kindergartenQueue,
    citizenAppeals,
    council,
    directory,
  };
});
