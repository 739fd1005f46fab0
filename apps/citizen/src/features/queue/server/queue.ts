/**
 * The queue pages' server side: parents' writes go through the relayer (the parent has no
 * wallet), every position and fairness verdict is read from the chain at one block, and
 * the index only adds names, history and statistics.
 */
import {
  acceptOffer,
  ageGroupFor,
  ageInMonths,
  checkAllocationFairness,
  childTag,
  declineOffer,
  districtKeyFromEnv,
  formatParentSecret,
  generateParentSecret,
  isChildId,
  isParentSecret,
  parentKeyAddress,
  positionOf,
  signParentAction,
  submitApplication,
  withdrawApplication,
  type AllocationFairness,
  type ApplicationPosition,
  type ParentActionName,
  type QueueWriteResult,
} from "@ishonch/sdk";
import {
  positionHistory,
  queueAgeGroups,
  queueDistricts,
  queuePriorityCategories,
  queueStatistics,
  type PositionHistory,
  type QueueAgeGroupRow,
  type QueueDistrictRow,
  type QueueStatistics,
} from "@ishonch/index";
import { chainSnapshot } from "../../../shared/server/chain.ts";
import { indexDatabase } from "../../../shared/server/index-db.ts";
import { relayWithinLimits } from "../../../shared/server/limits.ts";
import { relayerContracts } from "../../../shared/server/relayer.ts";
import { QueueInputFailure, parseDay } from "../input.ts";

/** What the apply form needs: districts with their kindergartens, age groups, categories. */
export async function applicationChoices(): Promise<{
  districts: QueueDistrictRow[];
  ageGroups: QueueAgeGroupRow[];
  categories: number[];
}> {
  const db = await indexDatabase();
  const [districts, ageGroups, categories] = await Promise.all([
    queueDistricts(db),
    queueAgeGroups(db),
    queuePriorityCategories(db),
  ]);
  return { districts, ageGroups, categories: categories.map((category) => category.id) };
}

export interface ApplicationForm {
  district: string;
  childId: string;
  birthDate: string;
  startDate: string;
  /** The chosen kindergartens in order; empty choices already dropped. */
  kindergartens: string[];
  category: string;
}

export interface ApplicationReceipt {
  application: number;
  /** Shown once, never stored by the platform. */
  secret: string;
  transactionHash: string;
  blockNumber: number;
  ageGroup: number;
}

/**
 * Checks the form, tags the child under the district's key, makes the parent's secret and
 * submits through the relayer. The contract refuses a second application for the same
 * child, four preferences, an age group a kindergarten lacks: nothing is written then.
 * `address` is the caller's, for the limits (see ../../../shared/server/limits.ts).
 */
export async function applyForPlace(
  form: ApplicationForm,
  address: string,
): Promise<ApplicationReceipt> {
  const { districts, ageGroups } = await applicationChoices();
  const district = districts.find((row) => String(row.id) === form.district);
  if (!district) throw new QueueInputFailure("UnknownDistrict");
  if (!isChildId(form.childId)) throw new QueueInputFailure("InvalidChildId");
  const birthDate = parseDay(form.birthDate);
  const startDate = parseDay(form.startDate);
  const ageGroup = ageGroupFor(ageGroups, birthDate, startDate);
  if (!ageGroup) {
    throw new QueueInputFailure("NoAgeGroup", { months: ageInMonths(birthDate, startDate) });
  }
  if (form.kindergartens.length === 0) throw new QueueInputFailure("NoPreference");
  const relayer = await relayerContracts();
  const districtKey = districtKeyFromEnv(process.env, relayer.deployment.chainId, district.id);
  const secret = generateParentSecret();
  const write = {
    limit: "queueApplication",
    address,
    office: { budget: "districtGas", id: district.id },
  } as const;
  const submitted = await relayWithinLimits(write, () =>
    submitApplication(relayer, {
      district: district.id,
      childTag: childTag(districtKey, form.childId),
      ageGroup: ageGroup.id,
      kindergartens: form.kindergartens.map(Number),
      claimedCategory: Number(form.category) || 0,
      parentKey: parentKeyAddress(secret),
    }),
  );
  return {
    application: submitted.application,
    secret: formatParentSecret(secret),
    transactionHash: submitted.transactionHash,
    blockNumber: submitted.blockNumber,
    ageGroup: ageGroup.id,
  };
}

export interface PositionData {
  position: ApplicationPosition;
  /** Chain time of the block read, to tell an expired offer. */
  chainTime: number;
  names: Record<number, string>;
  history: PositionHistory[];
}

/** Kindergarten and district names from the index (the chain holds ids only). */
async function organizationNames(): Promise<Record<number, string>> {
  const districts = await queueDistricts(await indexDatabase());
  const names: Record<number, string> = {};
  for (const district of districts) {
    names[district.id] = district.name;
    for (const kindergarten of district.kindergartens) names[kindergarten.id] = kindergarten.name;
  }
  return names;
}

/** The position from the chain at one block; names and history from the index. */
export async function loadPosition(application: number): Promise<PositionData> {
  const snapshot = await chainSnapshot();
  const [position, block] = await Promise.all([
    positionOf(snapshot.contracts, application, snapshot.blockNumber),
    snapshot.contracts.kindergartenQueue.runner!.provider!.getBlock(snapshot.blockNumber),
  ]);
  const db = await indexDatabase();
  const [names, history] = await Promise.all([
    organizationNames(),
    positionHistory(db, application),
  ]);
  return { position, chainTime: block?.timestamp ?? 0, names, history };
}

const parentActions: ParentActionName[] = ["Accept", "Decline", "Withdraw"];

/**
 * A parent's accept / decline / withdraw: signed here with the secret (which is not
 * kept), carried by the relayer; the contract checks the signature.
 */
export async function parentAction(
  request: {
    application: number;
    action: string;
    offerId: number;
    secret: string;
  },
  address: string,
): Promise<QueueWriteResult> {
  const action = parentActions.find((name) => name === request.action);
  if (!action) throw new QueueInputFailure("UnknownAction");
  if (!isParentSecret(request.secret)) throw new QueueInputFailure("InvalidSecret");
  const relayer = await relayerContracts();
  const signed = await signParentAction(relayer, request.secret, {
    application: request.application,
    action,
    offerId: request.offerId,
  });
  const send = { Accept: acceptOffer, Decline: declineOffer, Withdraw: withdrawApplication }[
    action
  ];
  return relayWithinLimits({ limit: "citizenAction", address }, () => send(relayer, signed));
}

/** The fairness proof of one offer, from the chain alone; names from the index. */
export async function loadFairness(
  offerId: number,
): Promise<{ fairness: AllocationFairness; names: Record<number, string> }> {
  const snapshot = await chainSnapshot();
  const fairness = await checkAllocationFairness(snapshot.contracts, offerId, snapshot.blockNumber);
  return { fairness, names: await organizationNames() };
}

export async function loadStatistics(): Promise<{
  statistics: QueueStatistics;
  names: Record<number, string>;
  ageGroups: QueueAgeGroupRow[];
}> {
  const db = await indexDatabase();
  const [statistics, names, ageGroups] = await Promise.all([
    queueStatistics(db),
    organizationNames(),
    queueAgeGroups(db),
  ]);
  return { statistics, names, ageGroups };
}
