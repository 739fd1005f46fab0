// Citizens' appeals: the deployment the appeal tests share (the whole platform through the
// Ignition module, with a dedicated relayer), and the citizen's side: a key derived from the
// secret, and EIP-712 signatures made the way the citizen app will make them.
import { Wallet, id as textHash, type Signer } from "ethers";
import type { CitizenAppeals } from "../types/index.js";
import {
  deployIshonch,
  ethers,
  namedAccounts,
  networkHelpers,
  OrganizationStatus,
  OrganizationType,
  Region,
  StaffRole,
} from "./fixtures.js";
import { APPEALS_DOMAIN, ESCALATE_TYPES, RATE_ANSWER_TYPES, signTypedData } from "./signatures.js";

/** Mirror of CitizenAppeals.AppealType. */
export const AppealType = { Statement: 0, Proposal: 1, Complaint: 2 } as const;

/** Mirror of CitizenAppeals.AppealStatus. */
export const AppealStatus = {
  None: 0n,
  Registered: 1n,
  InReview: 2n,
  Forwarded: 3n,
  Extended: 4n,
  Overdue: 5n,
  Answered: 6n,
  Escalated: 7n,
  Closed: 8n,
} as const;

/** Mirror of CitizenAppeals.EscalationGround. */
export const EscalationGround = { Overdue: 0, Unsatisfactory: 1 } as const;

export const DAY = 24n * 60n * 60n;
export const APPEALS_RELAYER_ROLE = 30n;

/**
 * The organizations deployAppeals registers: a ministry at the top, two agencies under it, a
 * suspended agency under it, a district branch under the suspended agency, and an agency
 * under the ministry that has no appeals officer.
 */
export const agencies = {
  ministry: 1,
  tax: 2,
  land: 3,
  suspended: 4,
  branch: 5,
  unstaffed: 6,
  unknown: 99,
} as const;

/** A distinct stand-in for a salted commitment (content, answer or reason). */
export function commitment(label: string): string {
  return textHash(`commitment:${label}`);
}

/** The citizen's key, derived from the secret as the citizen app derives it. */
export function citizenKeyOf(secret: string): Wallet {
  return new Wallet(textHash(`ishonch-appeal-secret:${secret}`));
}

/**
 * The whole platform, with the appeals relayer a separate account, and organizations and
 * staff: each agency has a head (OrganizationAdmin) and an AppealsOfficer.
 */
export async function deployAppeals() {
  const accounts = await namedAccounts([
    "admin",
    "registrar",
    "relayer",
    "taxHead",
    "taxOfficer",
    "landHead",
    "landOfficer",
    "ministryHead",
    "ministryOfficer",
    "frozenOfficer",
    "branchOfficer",
    "stranger",
  ]);
  const { registrar, relayer, taxHead, taxOfficer, landHead, landOfficer } = accounts;
  const { ministryHead, ministryOfficer, frozenOfficer, branchOfficer } = accounts;
  const deployed = await deployIshonch({
    Core: { registrar: registrar.address },
    Appeals: { relayer: relayer.address },
  });
  const { manager } = deployed;
  const registry = deployed.registry.connect(registrar);
  const appeals = deployed.appeals.connect(relayer);

  const { Ministry, Agency } = OrganizationType;
  const { TashkentCity, Samarkand } = Region;
  await registry.registerOrganization(Ministry, TashkentCity, 0, "Iqtisodiyot vazirligi");
  await registry.registerOrganization(Agency, TashkentCity, agencies.ministry, "Soliq qoʻmitasi");
  await registry.registerOrganization(Agency, Samarkand, agencies.ministry, "Kadastr agentligi");
  await registry.registerOrganization(Agency, Samarkand, agencies.ministry, "Yopilgan agentlik");
  await registry.registerOrganization(Agency, Samarkand, agencies.suspended, "Tuman boʻlimi");
  await registry.registerOrganization(Agency, Samarkand, agencies.ministry, "Xodimsiz agentlik");
  const staff = [
    [agencies.ministry, ministryHead, ministryOfficer],
    [agencies.tax, taxHead, taxOfficer],
    [agencies.land, landHead, landOfficer],
    [agencies.suspended, null, frozenOfficer],
    [agencies.branch, null, branchOfficer],
  ] as const;
  for (const [orgId, head, officer] of staff) {
    if (head) await registry.grantOrganizationAdmin(orgId, head.address);
    await registry.grantStaffRole(orgId, StaffRole.AppealsOfficer, officer.address);
  }
  await registry.setOrganizationStatus(agencies.suspended, OrganizationStatus.Suspended);

  return { manager, registry, appeals, ...accounts };
}

export type AppealsPlatform = Awaited<ReturnType<typeof deployAppeals>>;

/** The citizen whose appeals the tests file. */
export const citizen = citizenKeyOf("first citizen");

/** Files a statement (or `type`) at `agencyId` through the relayer; returns its tracking number. */
export async function fileAppeal(
  appeals: CitizenAppeals,
  agencyId: number = agencies.tax,
  type: number = AppealType.Statement,
  label = "appeal",
): Promise<bigint> {
  await appeals.fileAppeal(agencyId, type, commitment(label), citizen.address);
  return appeals.appealCount();
}

/** The platform with one statement filed at the tax committee. */
export async function deployWithAppeal() {
  const platform = await deployAppeals();
  const id = await fileAppeal(platform.appeals);
  return { ...platform, id };
}

/** The platform with one statement at the tax committee, answered by its officer. */
export async function deployWithAnsweredAppeal() {
  const platform = await deployWithAppeal();
  await platform.appeals.connect(platform.taxOfficer).answer(platform.id, commitment("answer"));
  return platform;
}

/** A signature valid for an hour from the chain's current time. */
export async function inAnHour(): Promise<bigint> {
  return BigInt(await networkHelpers.time.latest()) + 3600n;
}

/** The citizen key's signature of a rating. */
export async function signRating(
  appeals: CitizenAppeals,
  appealId: bigint,
  rating: number,
  validUntil: bigint,
  key: Signer = citizen,
): Promise<string> {
  const value = { appealId, rating, validUntil };
  return signTypedData(key, APPEALS_DOMAIN, appeals, RATE_ANSWER_TYPES, value);
}

/** The citizen key's signature of an escalation. */
export async function signEscalation(
  appeals: CitizenAppeals,
  appealId: bigint,
  complaintCommitment: string,
  validUntil: bigint,
  key: Signer = citizen,
): Promise<string> {
  const value = { appealId, complaintCommitment, validUntil };
  return signTypedData(key, APPEALS_DOMAIN, appeals, ESCALATE_TYPES, value);
}

/** The relayer sends the citizen's rating of `appealId`, signed now for an hour. */
export async function rateAsCitizen(appeals: CitizenAppeals, appealId: bigint, rating: number) {
  const validUntil = await inAnHour();
  const signature = await signRating(appeals, appealId, rating, validUntil);
  return appeals.rateAnswer(appealId, rating, validUntil, signature);
}

/** The relayer sends the citizen's escalation of `appealId`, signed now for an hour. */
export async function escalateAsCitizen(
  appeals: CitizenAppeals,
  appealId: bigint,
  complaintCommitment: string,
) {
  const validUntil = await inAnHour();
  const signature = await signEscalation(appeals, appealId, complaintCommitment, validUntil);
  return appeals.escalate(appealId, complaintCommitment, validUntil, signature);
}

/** The block time of a mined transaction. */
export async function timeOf(tx: { wait(): Promise<unknown> }): Promise<bigint> {
  const receipt = (await tx.wait()) as { blockNumber: number };
  const block = await ethers.provider.getBlock(receipt.blockNumber);
  return BigInt(block!.timestamp);
}
