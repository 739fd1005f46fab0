/**
 * The council's writes: a member proposes, approves or vetoes; anyone executes after the delay.
 */
import { id as keccakText, type ContractTransactionReceipt } from "ethers";
import { eventIn } from "../chain.ts";
import type { IshonchContracts } from "../contracts.ts";
import { send } from "../transactions.ts";
import type { CouncilCall } from "./calls.ts";

/**
 * Proposes a call (a member only); the proposer's approval is the first. `description` is
 * the text the members read, published off chain: the chain keeps its keccak256.
 * @returns the new proposal's id and the receipt.
 */
export async function proposeCouncilCall(
  contracts: IshonchContracts,
  call: CouncilCall,
  description: string,
): Promise<{ id: number; receipt: ContractTransactionReceipt }> {
  const receipt = await send(contracts, () =>
    contracts.council.propose(call.target, call.data, keccakText(description)),
  );
  const event = eventIn(contracts, receipt, "IshonchCouncil", "ProposalCreated");
  return { id: Number(event.args.id), receipt };
}

/** Approves a pending proposal (a member only); the approval reaching the threshold schedules it. */
export function approveCouncilProposal(
  contracts: IshonchContracts,
  proposalId: number,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () => contracts.council.approve(proposalId));
}

/** Executes a scheduled proposal once its public delay is over (anyone may). */
export function executeCouncilProposal(
  contracts: IshonchContracts,
  proposalId: number,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () => contracts.council.execute(proposalId));
}

/**
 * Vetoes a pending or scheduled proposal (a member who has not approved it); the veto that
 * reaches the council's `vetoesNeeded` cancels it for good.
 */
export function vetoCouncilProposal(
  contracts: IshonchContracts,
  proposalId: number,
): Promise<ContractTransactionReceipt> {
  return send(contracts, () => contracts.council.veto(proposalId));
}
