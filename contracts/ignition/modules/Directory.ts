import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import { encodeBytes32String } from "ethers";
import CoreModule from "./Core.js";
import CertificatesModule from "./Certificates.js";
import KindergartenQueueModule from "./KindergartenQueue.js";
import AppealsModule from "./Appeals.js";
import CouncilModule from "./Council.js";

/** A service's id in the directory: its contract's Solidity name, as a bytes32 short string. */
export function serviceId(contractName: string): string {
  return encodeBytes32String(contractName);
}

/**
 * The directory of services (IshonchDirectory) with the first version of every service
 * registered, by the deploying account while it still holds ADMIN_ROLE: the directory's
 * `setServiceContract` keeps the access manager's default role (ADMIN), so after the
 * hand-over (Production.ts) only the council, with its public delay, re-points a service.
 * The access manager itself is not listed: it is the directory's own `authority()`.
 */
export default buildModule("Directory", (m) => {
  const { accessManager, organizationRegistry } = m.useModule(CoreModule);
  const { certificateRegistry } = m.useModule(CertificatesModule);
  const { kindergartenQueue } = m.useModule(KindergartenQueueModule);
  const { citizenAppeals } = m.useModule(AppealsModule);
  const { council } = m.useModule(CouncilModule);

  const directory = m.contract("IshonchDirectory", [accessManager]);
  const services = {
    OrganizationRegistry: organizationRegistry,
    CertificateRegistry: certificateRegistry,
    KindergartenQueue: kindergartenQueue,
    CitizenAppeals: citizenAppeals,
    IshonchCouncil: council,
  };
  for (const [name, contract] of Object.entries(services)) {
    m.call(directory, "setServiceContract", [serviceId(name), contract], {
      id: `register${name}`,
    });
  }

  return { directory };
});
