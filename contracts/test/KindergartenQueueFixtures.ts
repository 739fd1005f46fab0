// The kindergarten queue deployed through the whole Ishonch module, with a district, its
// kindergartens and staff, the age groups and priority categories, and helpers that
// act as the relayer and as parents (who sign with a key derived from their secret).
import {
  DEFAULT_AGE_GROUPS,
  DEFAULT_PRIORITY_CATEGORIES,
} from "../ignition/modules/KindergartenQueue.js";
import {
  deployIshonch,
  ethers,
  namedAccounts,
  OrganizationType,
  Region,
  StaffRole,
} from "./fixtures.js";
import { PARENT_ACTION_TYPES, QUEUE_DOMAIN, signTypedData } from "./signatures.js";

export const ApplicationStatus = { None: 0, Active: 1, Enrolled: 2, Withdrawn: 3, Lapsed: 4 };
export const ClaimStatus = { None: 0, Pending: 1, Approved: 2, Rejected: 3 };
export const MemberStatus = { None: 0, Waiting: 1, Offered: 2, Enrolled: 3, Left: 4 };
export const OfferStatus = {
  None: 0,
  Pending: 1,
  Accepted: 2,
  Declined: 3,
  Expired: 4,
  Cancelled: 5,
};
export const ParentAction = { Accept: 0, Decline: 1, Withdraw: 2 };
export const StandingAtOffer = {
  NotAhead: 0,
  Recipient: 1,
  OfferedEarlier: 2,
  LeftEarlier: 3,
  Skipped: 4,
};
export const GENERAL_TIER = 7;
export const DAY = 24 * 60 * 60;
/** Age group 2 (4-5 years) is the one the fixture's kindergartens offer. */
export const AGE_GROUP = 2;

/** A parent: the secret they keep and the key derived from it (never sent to the chain). */
export interface Parent {
  secret: string;
  key: InstanceType<typeof ethers.Wallet>;
}

/** A parent with a fresh 32-byte secret; the key is keccak256 of the secret. */
export function newParent(): Parent {
  const secret = ethers.hexlify(ethers.randomBytes(32));
  return { secret, key: new ethers.Wallet(ethers.keccak256(secret)) };
}

/** A child's tag: HMAC-SHA256 of the child's id under the district's secret key. */
export function childTag(districtKey: Uint8Array, childId: string): string {
  return ethers.computeHmac("sha256", districtKey, ethers.toUtf8Bytes(childId));
}

/**
 * District 1 (Samarqand tuman MTB) with kindergartens 2, 3, 4 offering 3 seats of age group
 * 2; district 5 has kindergarten 6; organization 7 is a school of district 1.
 */
export async function deployQueue() {
  const { admin, registrar } = await namedAccounts(["admin", "registrar"]);
  const staff = await namedAccounts(
    ["districtAdmin", "officer", "kindergartenOfficer", "relayer", "stranger", "otherOfficer"],
    8,
  );
  const { districtAdmin, officer, kindergartenOfficer, relayer, otherOfficer } = staff;
  const deployed = await deployIshonch({ Core: { registrar: registrar.address } });
  const { manager, queue } = deployed;
  const registry = deployed.registry.connect(registrar);

  for (const [id, min, max] of DEFAULT_AGE_GROUPS) {
    await queue.connect(admin).setAgeGroup(id, min, max, true);
  }
  for (const [id, tier] of DEFAULT_PRIORITY_CATEGORIES) {
    await queue.connect(admin).setPriorityCategory(id, tier, true);
  }

  const { DistrictEducationDepartment, Kindergarten, School } = OrganizationType;
  await registry.registerOrganization(DistrictEducationDepartment, Region.Samarkand, 0, "Tuman");
  for (const name of ["Bogcha 1", "Bogcha 2", "Bogcha 3"]) {
    await registry.registerOrganization(Kindergarten, Region.Samarkand, 1, name);
  }
  await registry.registerOrganization(DistrictEducationDepartment, Region.Khorezm, 0, "Boshqa");
  await registry.registerOrganization(Kindergarten, Region.Khorezm, 5, "Boshqa");
  await registry.registerOrganization(School, Region.Samarkand, 1, "Maktab");
  await registry.grantOrganizationAdmin(1, districtAdmin.address);
  await registry.grantOrganizationAdmin(5, districtAdmin.address);
  await registry.connect(districtAdmin).grantStaffRole(1, StaffRole.QueueOfficer, officer.address);
  await registry
    .connect(districtAdmin)
    .grantStaffRole(5, StaffRole.QueueOfficer, otherOfficer.address);
  await registry.grantOrganizationAdmin(2, districtAdmin.address);
  await registry
    .connect(districtAdmin)
    .grantStaffRole(2, StaffRole.QueueOfficer, kindergartenOfficer.address);
  await queue.connect(districtAdmin).setRelayer(1, relayer.address, true);
  for (const kindergarten of [2, 3, 4]) {
    await queue.connect(officer).setGroupCapacity(kindergarten, AGE_GROUP, 3);
  }
  const districtKey = ethers.randomBytes(32);

  /** Submits an application as the relayer and returns its number and the parent. */
  async function apply(
    childId: string,
    kindergartens: number[],
    category = 0,
    parent: Parent = newParent(),
  ) {
    const tag = childTag(districtKey, childId);
    await queue
      .connect(relayer)
      .submitApplication(1, tag, AGE_GROUP, kindergartens, category, parent.key.address);
    return { application: await queue.applicationCount(), parent, tag };
  }

  /** The parent's EIP-712 signature of an action at the application's current nonce. */
  async function sign(
    parent: Parent,
    application: bigint,
    action: number,
    offerId: bigint,
    deadline: number,
  ) {
    const nonce = await queue.parentNonce(application);
    const value = { application, action, offerId, nonce, deadline };
    return signTypedData(parent.key, QUEUE_DOMAIN, queue, PARENT_ACTION_TYPES, value);
  }

  return { queue, registry, manager, admin, ...staff, districtKey, apply, sign };
}
