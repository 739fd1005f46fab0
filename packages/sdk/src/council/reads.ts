/** Reads of the council straight from the chain: its members, threshold and proposals. */
import { read } from "../chain.ts";
import type { IshonchContracts } from "../contracts.ts";
import type { Address } from "../deployment.ts";
import { proposalStateNames, type ProposalStateName } from "../generated/enums.ts";
import {
  getAgeGroup,
  getPriorityCategory,
  type AgeGroupSetting,
  type PriorityCategorySetting,
} from "../queue/reads.ts";

/** A proposal as the council holds it. */
export interface CouncilProposal {
  id: number;
  target: Address;
  data: string;
  /** Where it stands now: Expired once a scheduled call has passed the access manager's
   * expiration unexecuted (the contract's `stateOf`; the stored state still says Scheduled). */
  state: ProposalStateName;
  proposer: Address;
  descriptionHash: string;
  /** When anyone may execute it (Unix seconds); null until it is scheduled. */
  executableAt: number | null;
  /** Every account that approved it, including members removed since. */
  approvers: Address[];
}

/** The council's members and how many of them must approve. */
export interface CouncilMembership {
  members: Address[];
  threshold: number;
}

/** Reads the council's members and threshold. */
export async function getCouncilMembership(
  contracts: IshonchContracts,
): Promise<CouncilMembership> {
  const [members, threshold] = await read(() =>
    Promise.all([contracts.council.members(), contracts.council.threshold()]),
  );
  return { members: members as Address[], threshold: Number(threshold) };
}

/** Reads one proposal and its state now; fails with UnknownProposal. */
export async function getCouncilProposal(
  contracts: IshonchContracts,
  proposalId: number,
): Promise<CouncilProposal> {
  const [record, state] = await read(() =>
    Promise.all([contracts.council.getProposal(proposalId), contracts.council.stateOf(proposalId)]),
  );
  return {
    id: proposalId,
    target: record.target as Address,
    data: record.data,
    state: proposalStateNames[Number(state)]!,
    proposer: record.proposer as Address,
    descriptionHash: record.descriptionHash,
    executableAt: record.executableAt === 0n ? null : Number(record.executableAt),
    approvers: [...record.approvers] as Address[],
  };
}

/** Every proposal ever made, newest first. */
export async function listCouncilProposals(
  contracts: IshonchContracts,
): Promise<CouncilProposal[]> {
  const count = Number(await read(() => contracts.council.proposalCount()));
  const ids = Array.from({ length: count }, (_, index) => count - index);
  return Promise.all(ids.map((proposalId) => getCouncilProposal(contracts, proposalId)));
}

/** The approvals that count: those of accounts that are members now (as the contract counts). */
export function countingApprovals(
  proposal: CouncilProposal,
  members: readonly Address[],
): Address[] {
  const current = new Set(members.map((member) => member.toLowerCase()));
  return proposal.approvers.filter((approver) => current.has(approver.toLowerCase()));
}

/** Seconds until a scheduled proposal may be executed, by the chain's clock
 * (`chainNow`'s time): 0 once it may, null while unscheduled. */
export function secondsUntilExecutable(proposal: CouncilProposal, chainNow: number): number | null {
  if (proposal.executableAt === null) return null;
  return Math.max(0, proposal.executableAt - chainNow);
}

/** The kindergarten queue's settings that only the council changes, as the chain holds them. */
export interface QueueSettings {
  /** Seconds a parent has to answer an offer made now. */
  offerPeriod: number;
  priorityCategories: PriorityCategorySetting[];
  ageGroups: AgeGroupSetting[];
}

/**
 * Reads the offer period and the definitions of the given categories and age groups (the
 * contract keeps no list of them: the ids come from the caller, e.g. the index).
 */
export async function getQueueSettings(
  contracts: IshonchContracts,
  ids: { priorityCategories: number[]; ageGroups: number[] },
): Promise<QueueSettings> {
  const [offerPeriod, priorityCategories, ageGroups] = await Promise.all([
    read(() => contracts.kindergartenQueue.offerPeriod()),
    Promise.all(ids.priorityCategories.map((id) => getPriorityCategory(contracts, id))),
    Promise.all(ids.ageGroups.map((id) => getAgeGroup(contracts, id))),
  ]);
  return { offerPeriod: Number(offerPeriod), priorityCategories, ageGroups };
}
