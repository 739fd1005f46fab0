/**
 * Demo data of the kindergarten queue, written through the SDK as the real actors would:
 * the settings role defines the age groups and priority categories, each district's
 * administrator names the citizen service's relayer, the district's queue officer sets group
 * capacities, decides claims and releases seats, and SYNTHETIC children apply through the
 * relayer; a few parents answer their offers. Age group 0 (2-3 years) gets capacities but
 * no applications, so tests can start from an empty queue there.
 */
import type { JsonRpcProvider } from "ethers";
import {
  ClaimReason,
  OrganizationType,
  Region,
  StaffRole,
  acceptOffer,
  childTag,
  connectIshonch,
  declineOffer,
  districtKeyFromEnv,
  generateParentSecret,
  grantOrganizationAdmin,
  grantStaffRole,
  parentKeyAddress,
  registerOrganization,
  relayerSignerFromEnv,
  releaseSeats,
  decideClaim,
  setAgeGroup,
  setGroupCapacity,
  setPriorityCategory,
  setRelayer,
  signParentAction,
  submitApplication,
  type Address,
  type IshonchContracts,
  type IshonchDeployment,
  type OfferMade,
} from "@ishonch/sdk";
import {
  DEFAULT_AGE_GROUPS,
  DEFAULT_PRIORITY_CATEGORIES,
} from "../../../contracts/ignition/modules/KindergartenQueue.ts";
import { DEPLOYER_INDEX, demoOrganizations } from "./demo-plan.js";
import type { DemoAccount, DemoData } from "./seed.js";

/** The demo district staff of the queue: Chilonzor's administrator and queue officer. */
const DISTRICT_ADMIN_INDEX = 8;
const QUEUE_OFFICER_INDEX = 3;

/** Kindergartens added so that a parent can name three in one district. */
const extraKindergartens = [
  {
    district: "chilonzorDepartment",
    name: "Chilonzor tumanidagi 412-sonli davlat maktabgacha taʼlim tashkiloti",
  },
  {
    district: "chilonzorDepartment",
    name: "Chilonzor tumanidagi 528-sonli davlat maktabgacha taʼlim tashkiloti",
  },
  {
    district: "samarkandCityDepartment",
    name: "Samarqand shahridagi 45-sonli davlat maktabgacha taʼlim tashkiloti",
  },
] as const;

/** Seats per age group 0-4 (2-3 to 6-7 years) in every demo kindergarten. */
const GROUP_CAPACITIES = [20, 25, 25, 25, 20] as const;

/** Applications per district, in age groups 1-3 only; every fifth claims a priority. */
const APPLICATIONS_PER_DISTRICT: Record<string, number> = {
  chilonzorDepartment: 36,
  samarkandCityDepartment: 12,
};

interface DemoApplication {
  application: number;
  secret: string;
  claimedCategory: number;
}

/**
 * Seeds the queue after the organizations and staff of `demo`; adds what it creates (the
 * extra kindergartens, the Samarqand district's staff) to `demo`.
 */
export async function seedQueue(
  deployment: IshonchDeployment,
  provider: JsonRpcProvider,
  demo: DemoData,
): Promise<void> {
  const as = async (index: number) => {
    const signer = await provider.getSigner(index);
    return { address: signer.address as Address, contracts: connectIshonch(deployment, signer) };
  };
  const settings = await as(DEPLOYER_INDEX);
  const districtAdmin = await as(DISTRICT_ADMIN_INDEX);
  const officer = await as(QUEUE_OFFICER_INDEX);
  const relayerSigner = await relayerSignerFromEnv(process.env, provider);
  const relayer = connectIshonch(deployment, relayerSigner);
  const relayerAddress = (await relayerSigner.getAddress()) as Address;

  for (const [id, minMonths, maxMonths] of DEFAULT_AGE_GROUPS) {
    await setAgeGroup(settings.contracts, { id, minMonths, maxMonths, active: true });
  }
  for (const [id, tier] of DEFAULT_PRIORITY_CATEGORIES) {
    await setPriorityCategory(settings.contracts, { id, tier, active: true });
  }

  const idOfKey = (key: string) =>
    demo.organizations[demoOrganizations.findIndex((o) => o.key === key)]!.id;
  await staffSamarkand(
    demo,
    settings.contracts,
    districtAdmin,
    officer,
    idOfKey("samarkandCityDepartment"),
  );
  for (const { district, name } of extraKindergartens) {
    const parentId = idOfKey(district);
    const region = demo.organizations.find((o) => o.id === parentId)!.region;
    const { id } = await registerOrganization(settings.contracts, {
      orgType: OrganizationType.Kindergarten,
      region: Region[region],
      parentId,
      name,
    });
    demo.organizations.push({ id, name, orgType: "Kindergarten", region, parentId });
  }

  for (const [districtKey, count] of Object.entries(APPLICATIONS_PER_DISTRICT)) {
    const district = idOfKey(districtKey);
    await setRelayer(districtAdmin.contracts, district, relayerAddress, true);
    const kindergartens = kindergartensOf(demo, district);
    for (const kindergarten of kindergartens) {
      for (const [ageGroup, capacity] of GROUP_CAPACITIES.entries()) {
        await setGroupCapacity(officer.contracts, kindergarten, ageGroup, capacity);
      }
    }
    const applications = await applyChildren(relayer, deployment, district, kindergartens, count);
    await decideClaims(officer.contracts, applications);
    await allocateSeats(officer.contracts, relayer, applications, kindergartens[0]!);
  }
}

/** The Samarqand district gets the same demo administrator and queue officer. */
async function staffSamarkand(
  demo: DemoData,
  registrar: IshonchContracts,
  admin: { address: Address; contracts: IshonchContracts },
  officer: { address: Address },
  district: number,
): Promise<void> {
  await grantOrganizationAdmin(registrar, district, admin.address);
  await grantStaffRole(admin.contracts, district, StaffRole.QueueOfficer, officer.address);
  const name = demo.organizations.find((o) => o.id === district)!.name;
  const staff: DemoAccount[] = [
    {
      role: "OrganizationAdmin",
      address: admin.address,
      index: DISTRICT_ADMIN_INDEX,
      organization: name,
      orgId: district,
    },
    {
      role: "QueueOfficer",
      address: officer.address,
      index: QUEUE_OFFICER_INDEX,
      organization: name,
      orgId: district,
    },
  ];
  demo.accounts.push(...staff);
}

function kindergartensOf(demo: DemoData, district: number): number[] {
  return demo.organizations
    .filter((o) => o.orgType === "Kindergarten" && o.parentId === district)
    .map((o) => o.id);
}

/**
 * Synthetic children (ids "SYN…", never a real certificate) apply for one to three of the
 * district's kindergartens, in a fixed but varied order, in age groups 1-3.
 */
async function applyChildren(
  relayer: IshonchContracts,
  deployment: IshonchDeployment,
  district: number,
  kindergartens: number[],
  count: number,
): Promise<DemoApplication[]> {
  const districtKey = districtKeyFromEnv(process.env, deployment.chainId, district);
  const applications: DemoApplication[] = [];
  for (let n = 0; n < count; n++) {
    const secret = generateParentSecret();
    const preferenceCount = 1 + (n % Math.min(3, kindergartens.length));
    const first = (n * 7) % kindergartens.length;
    const preferences = Array.from(
      { length: preferenceCount },
      (_, i) => kindergartens[(first + i) % kindergartens.length]!,
    );
    const claimedCategory =
      n % 5 === 4 ? 1 + (Math.floor(n / 5) % DEFAULT_PRIORITY_CATEGORIES.length) : 0;
    const { application } = await submitApplication(relayer, {
      district,
      childTag: childTag(districtKey, `SYN-${district}-${String(n + 1).padStart(6, "0")}`),
      ageGroup: 1 + (n % 3),
      kindergartens: preferences,
      claimedCategory,
      parentKey: parentKeyAddress(secret),
    });
    applications.push({ application, secret, claimedCategory });
  }
  return applications;
}

/** The officer approves every priority claim but the last, which lacks documents. */
async function decideClaims(officer: IshonchContracts, applications: DemoApplication[]) {
  const claims = applications.filter((a) => a.claimedCategory !== 0);
  for (const [i, { application }] of claims.entries()) {
    const approve = i < claims.length - 1;
    const reason = approve ? ClaimReason.DocumentsVerified : ClaimReason.DocumentsMissing;
    await decideClaim(officer, application, approve, reason);
  }
}

/**
 * Two seats of age group 2 free up in the district's first kindergarten: the first parent
 * offered accepts, the second declines, and the seat passes to the next child.
 */
async function allocateSeats(
  officer: IshonchContracts,
  relayer: IshonchContracts,
  applications: DemoApplication[],
  kindergarten: number,
): Promise<void> {
  const { offers } = await releaseSeats(officer, kindergarten, 2, 2);
  const [accepted, declined] = offers as [OfferMade, OfferMade];
  const secretOf = (offer: OfferMade) =>
    applications.find((a) => a.application === offer.application)!.secret;
  const answer = async (offer: OfferMade, action: "Accept" | "Decline") =>
    signParentAction(relayer, secretOf(offer), {
      application: offer.application,
      action,
      offerId: offer.offerId,
    });
  await acceptOffer(relayer, await answer(accepted, "Accept"));
  await declineOffer(relayer, await answer(declined, "Decline"));
}
