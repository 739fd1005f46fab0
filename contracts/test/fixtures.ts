// Shared fixtures: one connection to Hardhat's in-process chain for every test file, and the
// platform deployed exactly as production deploys it, through the Ignition module.
import { randomUUID } from "node:crypto";
import { expect } from "chai";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import type { Addressable, BaseContract } from "ethers";
import { network } from "hardhat";
import IshonchModule from "../ignition/modules/Ishonch.js";
import type { IshonchAccessManager } from "../types/index.js";

const connection = await network.create();
const overHttp = connection.networkConfig.type !== "edr-simulated";
if (overHttp) waitForReceiptOnSend(connection.provider);
export const { ethers, networkHelpers } = connection;

const RECEIPT_POLL_MS = 10;

/** Prefix of the Ignition journals that tests leave on a node over HTTP, for cleaning up. */
export const TEST_DEPLOYMENT_PREFIX = "contract-test-";

/**
 * Ignition for tests. On Hardhat's in-process chain every deployment is fresh; on a node over
 * HTTP (anvil) Ignition keeps a journal per deployment id and would resume an earlier
 * deployment instead of making a new one, so each deployment gets its own id there.
 */
export const ignition: Pick<typeof connection.ignition, "deploy"> = {
  deploy: (module, options) =>
    connection.ignition.deploy(module, {
      ...options,
      ...(overHttp
        ? {
            deploymentId: `${TEST_DEPLOYMENT_PREFIX}${randomUUID()}`,
            config: { blockPollingInterval: RECEIPT_POLL_MS, ...options?.config },
          }
        : {}),
    }),
};

/**
 * Hardhat's in-process chain mines a transaction before it answers `eth_sendTransaction`;
 * anvil answers first and mines a moment later. The tests read the chain right after
 * sending, so over HTTP a send answers only once its receipt exists, as in process. A test
 * that turns automine off to put several transactions into one block gets its answers at
 * once, as in process.
 */
function waitForReceiptOnSend(provider: typeof connection.provider): void {
  const request = provider.request.bind(provider);
  let automine = true;
  provider.request = async (args) => {
    const result = await request(args);
    if (args.method === "evm_setAutomine") automine = (args.params as [boolean])[0];
    const sent = args.method === "eth_sendTransaction" || args.method === "eth_sendRawTransaction";
    if (sent && automine) {
      while ((await request({ method: "eth_getTransactionReceipt", params: [result] })) === null) {
        await new Promise((resolve) => setTimeout(resolve, RECEIPT_POLL_MS));
      }
    }
    return result;
  };
}

// Mirrors of the contract's enums, so that tests read as the business rules they check.
export const OrganizationType = {
  Ministry: 0,
  Agency: 1,
  University: 2,
  School: 3,
  Kindergarten: 4,
  DistrictEducationDepartment: 5,
} as const;
export const OrganizationStatus = { None: 0, Active: 1, Suspended: 2 } as const;
export const Region = { Samarkand: 8, TashkentCity: 11, Khorezm: 13 } as const;
export const StaffRole = {
  OrganizationAdmin: 0,
  DiplomaIssuer: 1,
  DiplomaRevoker: 2,
  QueueOfficer: 3,
  AppealsOfficer: 4,
} as const;
/** Every role that an organization's own administrator may grant. */
export const DELEGABLE_ROLES = [
  StaffRole.DiplomaIssuer,
  StaffRole.DiplomaRevoker,
  StaffRole.QueueOfficer,
  StaffRole.AppealsOfficer,
] as const;

export const MAX_NAME_BYTES = 160;

/** The services the directory lists, by their contracts' Solidity names. */
export const SERVICES = [
  "OrganizationRegistry",
  "CertificateRegistry",
  "KindergartenQueue",
  "CitizenAppeals",
  "IshonchCouncil",
] as const;

/** The contracts an Ignition deployment of the platform returns (Ishonch.ts, Production.ts). */
interface DeployedPlatform {
  accessManager: Addressable;
  organizationRegistry: Addressable;
  certificateRegistry: Addressable;
  kindergartenQueue: Addressable;
  citizenAppeals: Addressable;
  council: Addressable;
  directory: Addressable;
}

/** Typed handles on every contract of a deployed platform, run by the first account. */
export async function contractsOf(deployed: DeployedPlatform) {
  return {
    manager: await ethers.getContractAt("IshonchAccessManager", deployed.accessManager),
    registry: await ethers.getContractAt("OrganizationRegistry", deployed.organizationRegistry),
    certificates: await ethers.getContractAt("CertificateRegistry", deployed.certificateRegistry),
    queue: await ethers.getContractAt("KindergartenQueue", deployed.kindergartenQueue),
    appeals: await ethers.getContractAt("CitizenAppeals", deployed.citizenAppeals),
    council: await ethers.getContractAt("IshonchCouncil", deployed.council),
    directory: await ethers.getContractAt("IshonchDirectory", deployed.directory),
  };
}

/** The whole platform as the Ignition module Ishonch.ts deploys it, with these parameters. */
export async function deployIshonch(parameters: Record<string, Record<string, string>> = {}) {
  return contractsOf(await ignition.deploy(IshonchModule, { parameters }));
}

/**
 * The Ignition deployment with a registrar distinct from the access manager's admin, so that
 * a test can tell the two apart.
 */
export async function deployPlatform() {
  const accounts = await namedAccounts([
    "admin",
    "registrar",
    "universityAdmin",
    "schoolAdmin",
    "issuer",
    "stranger",
    "newcomer",
    "frozenAdmin",
  ]);
  const { registrar } = accounts;
  const { manager, registry } = await deployIshonch({ Core: { registrar: registrar.address } });
  return { manager, registry: registry.connect(registrar), ...accounts };
}

/**
 * The chain's test accounts under the names a fixture gives them, in order from account
 * `from`, so that a fixture lists its people once and tests read them by name.
 */
export async function namedAccounts<const Name extends string>(
  names: readonly Name[],
  from = 0,
): Promise<Record<Name, HardhatEthersSigner>> {
  const signers = await ethers.getSigners();
  const accounts = names.map((name, index) => [name, signers[from + index]!] as const);
  return Object.fromEntries(accounts) as Record<Name, HardhatEthersSigner>;
}

/** Each of `callers` is refused `call` by the access manager (AccessManagedUnauthorized). */
export async function expectUnauthorized<Contract extends BaseContract>(
  contract: Contract,
  callers: readonly HardhatEthersSigner[],
  call: (asCaller: Contract) => Promise<unknown>,
): Promise<void> {
  for (const caller of callers) {
    await expect(call(contract.connect(caller) as Contract), caller.address)
      .to.be.revertedWithCustomError(contract, "AccessManagedUnauthorized")
      .withArgs(caller.address);
  }
}

/** The selectors of `contract`'s functions `names`, in that order. */
export function selectorsOf(contract: BaseContract, names: readonly string[]): string[] {
  return names.map((name) => contract.interface.getFunction(name)!.selector);
}

/** The access manager's default for every function no role is given: ADMIN_ROLE. */
export const ADMIN_ROLE = 0n;

/**
 * Checks the deployment's wiring of one contract: the access manager gives `role` exactly the
 * functions named, leaves every other function of the contract to ADMIN_ROLE, and keeps the
 * contract open.
 */
export async function expectRoleGivenExactly(
  manager: IshonchAccessManager,
  contract: BaseContract,
  functions: readonly string[],
  role: bigint,
): Promise<void> {
  const target = await contract.getAddress();
  const named = new Set(functions);
  const all: { name: string; selector: string }[] = [];
  contract.interface.forEachFunction((fragment) => all.push(fragment));
  expect(all.length).to.be.greaterThan(functions.length);
  for (const { name, selector } of all) {
    const expected = named.has(name) ? role : ADMIN_ROLE;
    expect(await manager.getTargetFunctionRole(target, selector), name).to.equal(expected);
  }
  expect(await manager.isTargetClosed(target)).to.equal(false);
}

/** The organization ids that deployWithOrganizations creates. */
export const ids = { ministry: 1, university: 2, school: 3, kindergarten: 4, unknown: 99 } as const;

/**
 * A ministry (1) with three subordinate organizations: a university (2) and a school (3),
 * each with its own administrator, the university with a diploma issuer, and a
 * kindergarten (4) that is suspended and whose administrator is therefore powerless.
 */
export async function deployWithOrganizations() {
  const platform = await deployPlatform();
  const { registry, universityAdmin, schoolAdmin, issuer, frozenAdmin } = platform;
  const { Ministry, University, School, Kindergarten } = OrganizationType;
  await registry.registerOrganization(Ministry, Region.TashkentCity, 0, "Oliy taʼlim vazirligi");
  await registry.registerOrganization(
    University,
    Region.Samarkand,
    1,
    "Samarqand davlat universiteti",
  );
  await registry.registerOrganization(School, Region.Khorezm, 1, "Xiva 5-maktab");
  await registry.registerOrganization(Kindergarten, Region.Khorezm, 1, "Urganch 12-bogʻcha");
  await registry.grantOrganizationAdmin(ids.university, universityAdmin.address);
  await registry.grantOrganizationAdmin(ids.school, schoolAdmin.address);
  await registry.grantOrganizationAdmin(ids.kindergarten, frozenAdmin.address);
  await registry
    .connect(universityAdmin)
    .grantStaffRole(ids.university, StaffRole.DiplomaIssuer, issuer.address);
  await registry.setOrganizationStatus(ids.kindergarten, OrganizationStatus.Suspended);
  return platform;
}
