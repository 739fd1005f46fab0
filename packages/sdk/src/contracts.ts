import { Contract, Interface, type ContractRunner } from "ethers";
import type * as Typechain from "@ishonch/contracts/types";
import { abis } from "./generated/abis.ts";
import type { ContractName, IshonchDeployment } from "./deployment.ts";

export { abis };
export type {
  CertificateRegistry,
  CitizenAppeals,
  IshonchAccessManager,
  IshonchCouncil,
  IshonchDirectory,
  KindergartenQueue,
  OrganizationRegistry,
} from "@ishonch/contracts/types";

/** Typed handles on every contract of one deployment, bound to one runner. */
export interface IshonchContracts {
  deployment: IshonchDeployment;
  accessManager: Typechain.IshonchAccessManager;
  organizationRegistry: Typechain.OrganizationRegistry;
  certificateRegistry: Typechain.CertificateRegistry;
  kindergartenQueue: Typechain.KindergartenQueue;
  citizenAppeals: Typechain.CitizenAppeals;
  council: Typechain.IshonchCouncil;
  directory: Typechain.IshonchDirectory;
}

const interfaces = new Map<ContractName, Interface>();

/** The ethers Interface of a contract (cached: building one parses the whole ABI). */
export function contractInterface(name: ContractName): Interface {
  let iface = interfaces.get(name);
  if (!iface) {
    iface = new Interface(abis[name]);
    interfaces.set(name, iface);
  }
  return iface;
}

/**
 * Binds the deployment's contracts to a runner: a provider for reads, a signer (an
 * official's wallet, a relayer) for writes.
 */
export function connectIshonch(
  deployment: IshonchDeployment,
  runner: ContractRunner,
): IshonchContracts {
  const bind = <T>(name: ContractName) =>
    new Contract(deployment.contracts[name], contractInterface(name), runner) as unknown as T;
  return {
    deployment,
    accessManager: bind<Typechain.IshonchAccessManager>("IshonchAccessManager"),
    organizationRegistry: bind<Typechain.OrganizationRegistry>("OrganizationRegistry"),
    certificateRegistry: bind<Typechain.CertificateRegistry>("CertificateRegistry"),
    kindergartenQueue: bind<Typechain.KindergartenQueue>("KindergartenQueue"),
    citizenAppeals: bind<Typechain.CitizenAppeals>("CitizenAppeals"),
    council: bind<Typechain.IshonchCouncil>("IshonchCouncil"),
    directory: bind<Typechain.IshonchDirectory>("IshonchDirectory"),
  };
}
