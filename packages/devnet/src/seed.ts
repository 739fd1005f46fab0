/** Writes the demo data onto a fresh deployment, through the SDK, as real officials would. */
import { JsonRpcProvider, type JsonRpcSigner } from "ethers";
import {
  OFFCHAIN_RECORDS_FORMAT,
  OrganizationType,
  Region,
  StaffRole,
  connectIshonch,
  grantOrganizationAdmin,
  grantStaffRole,
  isRegistrar,
  organizationCount,
  registerOrganization,
  type Address,
  type IshonchContracts,
  type IshonchDeployment,
  type OffchainRecords,
  type OrganizationTypeName,
  type RegionName,
} from "@ishonch/sdk";
import { DEPLOYER_INDEX, demoOrganizations, demoStaff, type DemoRole } from "./demo-plan.js";
import { seedQueue } from "./seed-queue.js";
import { seedAppeals } from "./seed-appeals.js";
import { seedCertificates, type DemoDiplomaQr } from "./seed-certificates.js";

export interface DemoAccount {
  role: DemoRole;
  address: Address;
  /** Index among the node's unlocked accounts (`eth_accounts`). */
  index: number;
  /** Name of the organization the role is held in. */
  organization: string;
  orgId: number;
}

export interface DemoOrganization {
  id: number;
  name: string;
  orgType: OrganizationTypeName;
  region: RegionName;
  parentId: number | null;
}

export interface DemoData {
  accounts: DemoAccount[];
  organizations: DemoOrganization[];
}

/** The demo data, and what of it belongs in the records rather than on chain. */
export interface SeededDemoData extends DemoData {
  /** For the records (`records import FILE`, or `importOffchainRecords`). */
  offchain: OffchainRecords;
  /** The demo diplomas' QR codes: the keys are nowhere else. */
  diplomaQrCodes: DemoDiplomaQr[];
}

/**
 * Seeds a deployment that holds no organization yet, using the node's unlocked accounts: the
 * deploying account registers and appoints with the roles it still holds before the hand-over.
 */
export async function seedDemoData(
  deployment: IshonchDeployment,
  rpcUrl: string,
): Promise<SeededDemoData> {
  const provider = new JsonRpcProvider(rpcUrl, deployment.chainId, {
    staticNetwork: true,
    pollingInterval: 100,
  });
  try {
    const signers = new Map<number, { address: Address; contracts: IshonchContracts }>();
    const as = async (index: number) => {
      let signer = signers.get(index);
      if (!signer) {
        const jsonRpcSigner: JsonRpcSigner = await provider.getSigner(index);
        signer = {
          address: (await jsonRpcSigner.getAddress()) as Address,
          contracts: connectIshonch(deployment, jsonRpcSigner),
        };
        signers.set(index, signer);
      }
      return signer;
    };

    const registrar = await as(DEPLOYER_INDEX);
    if ((await organizationCount(registrar.contracts)) > 0) {
      throw new Error("seedDemoData: this deployment already holds organizations");
    }
    if (!(await isRegistrar(registrar.contracts, registrar.address))) {
      throw new Error(`seedDemoData: account ${DEPLOYER_INDEX} is not the registrar`);
    }

    const organizations = await registerOrganizations(registrar.contracts);
    const byKey = new Map(demoOrganizations.map((plan, i) => [plan.key, organizations[i]!]));

    const accounts: DemoAccount[] = [];
    const adminOf = new Map<string, number>();
    for (const { index, role, organization } of demoStaff) {
      const { id, name } = byKey.get(organization)!;
      const { address } = await as(index);
      if (role === "OrganizationAdmin") {
        await grantOrganizationAdmin(registrar.contracts, id, address);
        adminOf.set(organization, index);
      } else {
        const granter = await as(adminOf.get(organization) ?? DEPLOYER_INDEX);
        await grantStaffRole(granter.contracts, id, StaffRole[role], address);
      }
      accounts.push({ role, address, index, organization: name, orgId: id });
    }
    await seedQueue(deployment, provider, { accounts, organizations });
    const appeals = await seedAppeals(deployment, provider, { accounts });
    const diplomas = await seedCertificates(deployment, provider, { accounts });
    return {
      accounts,
      organizations,
      offchain: { format: OFFCHAIN_RECORDS_FORMAT, diplomas: diplomas.diplomas, ...appeals },
      diplomaQrCodes: diplomas.qrCodes,
    };
  } finally {
    provider.destroy();
  }
}

/** Registers the planned organizations in order, so that every parent exists first. */
async function registerOrganizations(registrar: IshonchContracts): Promise<DemoOrganization[]> {
  const idOf = new Map<string, number>();
  const registered: DemoOrganization[] = [];
  for (const plan of demoOrganizations) {
    const parentId = plan.parent === null ? null : idOf.get(plan.parent);
    if (parentId === undefined) throw new Error(`demo plan: ${plan.parent} comes after its child`);
    const { id } = await registerOrganization(registrar, {
      orgType: OrganizationType[plan.orgType],
      region: Region[plan.region],
      parentId,
      name: plan.name,
    });
    idOf.set(plan.key, id);
    registered.push({
      id,
      name: plan.name,
      orgType: plan.orgType,
      region: plan.region,
      parentId,
    });
  }
  return registered;
}
