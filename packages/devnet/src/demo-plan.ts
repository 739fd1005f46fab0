/**
 * The demo data of the local platform, as data: real Uzbek education bodies under their
 * official names (Uzbek Latin, with the letters ʻ and ʼ), linked to their superiors, and
 * demo staff on the dev chain's first accounts. Account 0 deploys and seeds, then renounces
 * every role; accounts 10-16 stay free of any role (tests use them as outsiders); 17-19 are
 * the council of agencies, and 17 also administers the school ministry.
 */
import type { OrganizationTypeName, RegionName, StaffRoleName } from "@ishonch/sdk";

export interface DemoOrganizationPlan {
  /** How the plan refers to it; never written on chain. */
  key: string;
  orgType: OrganizationTypeName;
  region: RegionName;
  /** Key of the superior organization, registered earlier in the list. */
  parent: string | null;
  name: string;
}

export type DemoRole = StaffRoleName;

/** The school ministry's key on the council of agencies (Council.ts) also administers it. */
const SCHOOL_MINISTRY_ADMIN_INDEX = 17;

export interface DemoStaffPlan {
  /** Index of the account among the node's unlocked accounts. */
  index: number;
  role: DemoRole;
  /** Key of the organization. */
  organization: string;
}

export const demoOrganizations: readonly DemoOrganizationPlan[] = [
  {
    key: "schoolMinistry",
    orgType: "Ministry",
    region: "TashkentCity",
    parent: null,
    name: "Oʻzbekiston Respublikasi Maktabgacha va maktab taʼlimi vazirligi",
  },
  {
    key: "higherEducationMinistry",
    orgType: "Ministry",
    region: "TashkentCity",
    parent: null,
    name: "Oʻzbekiston Respublikasi Oliy taʼlim, fan va innovatsiyalar vazirligi",
  },
  {
    key: "assessmentAgency",
    orgType: "Agency",
    region: "TashkentCity",
    parent: null,
    name: "Bilim va malakalarni baholash agentligi",
  },
  {
    key: "nationalUniversity",
    orgType: "University",
    region: "TashkentCity",
    parent: "higherEducationMinistry",
    name: "Mirzo Ulugʻbek nomidagi Oʻzbekiston Milliy universiteti",
  },
  {
    key: "samarkandUniversity",
    orgType: "University",
    region: "Samarkand",
    parent: "higherEducationMinistry",
    name: "Sharof Rashidov nomidagi Samarqand davlat universiteti",
  },
  {
    key: "bukharaUniversity",
    orgType: "University",
    region: "Bukhara",
    parent: "higherEducationMinistry",
    name: "Buxoro davlat universiteti",
  },
  {
    key: "chilonzorDepartment",
    orgType: "DistrictEducationDepartment",
    region: "TashkentCity",
    parent: "schoolMinistry",
    name: "Toshkent shahar Chilonzor tumani maktabgacha va maktab taʼlimi boʻlimi",
  },
  {
    key: "samarkandCityDepartment",
    orgType: "DistrictEducationDepartment",
    region: "Samarkand",
    parent: "schoolMinistry",
    name: "Samarqand shahar maktabgacha va maktab taʼlimi boʻlimi",
  },
  {
    key: "margilanDepartment",
    orgType: "DistrictEducationDepartment",
    region: "Fergana",
    parent: "schoolMinistry",
    name: "Fargʻona viloyati Margʻilon shahar maktabgacha va maktab taʼlimi boʻlimi",
  },
  {
    key: "chilonzorSchool110",
    orgType: "School",
    region: "TashkentCity",
    parent: "chilonzorDepartment",
    name: "Chilonzor tumanidagi 110-sonli umumiy oʻrta taʼlim maktabi",
  },
  {
    key: "samarkandSchool51",
    orgType: "School",
    region: "Samarkand",
    parent: "samarkandCityDepartment",
    name: "Samarqand shahridagi 51-sonli umumiy oʻrta taʼlim maktabi",
  },
  {
    key: "margilanSchool3",
    orgType: "School",
    region: "Fergana",
    parent: "margilanDepartment",
    name: "Margʻilon shahridagi 3-sonli umumiy oʻrta taʼlim maktabi",
  },
  {
    key: "chilonzorKindergarten254",
    orgType: "Kindergarten",
    region: "TashkentCity",
    parent: "chilonzorDepartment",
    name: "Chilonzor tumanidagi 254-sonli davlat maktabgacha taʼlim tashkiloti",
  },
  {
    key: "chilonzorKindergarten317",
    orgType: "Kindergarten",
    region: "TashkentCity",
    parent: "chilonzorDepartment",
    name: "Chilonzor tumanidagi 317-sonli davlat maktabgacha taʼlim tashkiloti",
  },
  {
    key: "samarkandKindergarten12",
    orgType: "Kindergarten",
    region: "Samarkand",
    parent: "samarkandCityDepartment",
    name: "Samarqand shahridagi 12-sonli davlat maktabgacha taʼlim tashkiloti",
  },
  {
    key: "margilanKindergarten8",
    orgType: "Kindergarten",
    region: "Fergana",
    parent: "margilanDepartment",
    name: "Margʻilon shahridagi 8-sonli davlat maktabgacha taʼlim tashkiloti",
  },
];

/**
 * Who holds what. Administrators come first: each organization's other roles are then
 * granted by its own administrator, as in real use, or by the deployer's temporary registrar
 * role where the organization has no demo administrator.
 */
export const demoStaff: readonly DemoStaffPlan[] = [
  { index: SCHOOL_MINISTRY_ADMIN_INDEX, role: "OrganizationAdmin", organization: "schoolMinistry" },
  { index: 1, role: "OrganizationAdmin", organization: "nationalUniversity" },
  { index: 6, role: "OrganizationAdmin", organization: "samarkandUniversity" },
  { index: 8, role: "OrganizationAdmin", organization: "chilonzorDepartment" },
  { index: 2, role: "DiplomaIssuer", organization: "nationalUniversity" },
  { index: 5, role: "DiplomaRevoker", organization: "nationalUniversity" },
  { index: 3, role: "QueueOfficer", organization: "chilonzorDepartment" },
  { index: 4, role: "AppealsOfficer", organization: "assessmentAgency" },
  { index: 7, role: "DiplomaIssuer", organization: "samarkandUniversity" },
  { index: 9, role: "DiplomaIssuer", organization: "chilonzorSchool110" },
];

/**
 * The account that deploys the contracts, seeds the demo data with the roles the Ignition
 * modules give it by default (admin, registrar, queue settings), then renounces all of them.
 */
export const DEPLOYER_INDEX = 0;
/** The first account that the demo data leaves without any role. */
export const FIRST_FREE_ACCOUNT = 10;
