/**
 * Reads of the directory of services (IshonchDirectory) straight from the chain: which
 * contract each service runs on now, every earlier version, and whether a deployment file
 * points the apps at the contracts the council approved.
 */
import { decodeBytes32String, encodeBytes32String } from "ethers";
import { providerOf, read } from "./chain.ts";
import type { IshonchContracts } from "./contracts.ts";
import { sameAddress, type Address } from "./deployment.ts";
import { IshonchError } from "./errors.ts";

/**
 * A service's id in the directory: its contract's Solidity name (e.g. "CertificateRegistry",
 * a `ContractName`) as a bytes32 short string.
 */
export function directoryServiceId(service: string): string {
  return encodeBytes32String(service);
}

/** The service an id names, or the id itself (hex) when it is not a short string. */
export function directoryServiceName(serviceId: string): string {
  try {
    return decodeBytes32String(serviceId);
  } catch {
    return serviceId;
  }
}

/** One version of a service: its contract and the period it was current. */
export interface ServiceVersion {
  contractAddress: Address;
  sinceBlock: number;
  /** Unix seconds. */
  sinceTime: number;
  /** When the next version replaced it (Unix seconds); null for the current version. */
  untilTime: number | null;
}

/** A service whose contract in the deployment file is not the directory's current one. */
export interface DirectoryMismatch {
  service: string;
  configured: Address | null;
  current: Address;
}

/** The services the directory lists, by name, in the order of registration. */
export async function listDirectoryServices(contracts: IshonchContracts): Promise<string[]> {
  return (await read(() => contracts.directory.services())).map(directoryServiceName);
}

/**
 * The directory's own checks of an upgrade, made before it is proposed: the council's
 * call runs only after the delay, too late to learn of a typo. Fails with NoContractCode or
 * AlreadyCurrentContract, as the directory would.
 */
export async function checkServiceUpgrade(
  contracts: IshonchContracts,
  service: string,
  newContract: Address,
): Promise<void> {
  const current = await getServiceContract(contracts, service);
  const code = await read(() => providerOf(contracts).getCode(newContract));
  const args = { service: directoryServiceId(service), account: newContract };
  if (code === "0x") throw new IshonchError("NoContractCode", args);
  if (sameAddress(current, newContract)) throw new IshonchError("AlreadyCurrentContract", args);
}

/** The contract a service runs on now; fails with UnknownService. */
export async function getServiceContract(
  contracts: IshonchContracts,
  service: string,
): Promise<Address> {
  return (await read(() =>
    contracts.directory.currentContract(directoryServiceId(service)),
  )) as Address;
}

/** Every version of a service, oldest first (empty if it was never registered). */
export async function getServiceVersions(
  contracts: IshonchContracts,
  service: string,
): Promise<ServiceVersion[]> {
  const id = directoryServiceId(service);
  const records = await read(async () => {
    const count = Number(await contracts.directory.versionCount(id));
    return Promise.all(
      Array.from({ length: count }, (_, index) => contracts.directory.versionAt(id, index)),
    );
  });
  return records.map((record, index) => ({
    contractAddress: record.contractAddress as Address,
    sinceBlock: Number(record.sinceBlock),
    sinceTime: Number(record.sinceTime),
    untilTime: index + 1 < records.length ? Number(records[index + 1]!.sinceTime) : null,
  }));
}

/**
 * Whether `address` was the service's contract at `time` (Unix seconds): how a verifier
 * accepts a document that names an earlier version, issued while that version was current.
 */
export function wasCurrentAt(
  versions: readonly ServiceVersion[],
  address: string,
  time: number,
): boolean {
  return versions.some(
    (version) =>
      sameAddress(version.contractAddress, address) &&
      version.sinceTime <= time &&
      (version.untilTime === null || time < version.untilTime),
  );
}

/**
 * Compares the contracts the deployment configures with the directory's current ones: every
 * service the directory lists, and the access manager with the directory's own authority.
 * An empty list means the apps use exactly what the council approved.
 */
export async function findDirectoryMismatches(
  contracts: IshonchContracts,
): Promise<DirectoryMismatch[]> {
  const configured = contracts.deployment.contracts as Record<string, Address | undefined>;
  const current = await read(async () => {
    const [serviceIds, authority] = await Promise.all([
      contracts.directory.services(),
      contracts.directory.authority(),
    ]);
    const services = await Promise.all(
      serviceIds.map(async (id) => ({
        service: directoryServiceName(id),
        current: (await contracts.directory.currentContract(id)) as Address,
      })),
    );
    return [...services, { service: "IshonchAccessManager", current: authority as Address }];
  });
  return current
    .map(({ service, current }) => ({ service, current, configured: configured[service] ?? null }))
    .filter(({ configured, current }) => !configured || !sameAddress(configured, current));
}
