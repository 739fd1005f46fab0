import { Contract, Interface, type ContractRunner } from "ethers";
import type {
  CertificateRegistry,
  CitizenAppeals,
  IshonchAccessManager,
  IshonchCouncil,
  IshonchDirectory,
  KindergartenQueue,
  OrganizationRegistry,
} from "@ishonch/contracts/types";
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
};

/** Typed handles on every contract of one deployment, bound to one runner. */
export interface IshonchContracts {
  deployment: IshonchDeployment;
  accessManager: IshonchAccessManager;
  organizationRegistry: OrganizationRegistry;
  certificateRegistry: CertificateRegistry;
  kindergartenQueue: KindergartenQueue;
  citizenAppeals: CitizenAppeals;
  council: IshonchCouncil;
  directory: IshonchDirectory;
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
    accessManager: bind<IshonchAccessManager>("IshonchAccessManager"),
    organizationRegistry: bind<OrganizationRegistry>("OrganizationRegistry"),
    certificateRegistry: bind<CertificateRegistry>("CertificateRegistry"),
    kindergartenQueue: bind<KindergartenQueue>("KindergartenQueue"),
    citizenAppeals: bind<CitizenAppeals>("CitizenAppeals"),
    council: bind<IshonchCouncil>("IshonchCouncil"),
    directory: bind<IshonchDirectory>("IshonchDirectory"),
  };
}
