"use client";

import Link from "next/link";
import { format } from "@ishonch/i18n";
import {
  countingApprovals,
  getCouncilMembership,
  getCouncilProposal,
  proposeCouncilCall,
  type CouncilCall,
  type IshonchContracts,
} from "@ishonch/sdk";
import { useWords } from "../../shared/ui/locale";
import { useChainRoles } from "../../shared/wallet/use-chain-roles";
import { writeOutcome, type WriteOutcome } from "../../shared/wallet/use-write";
import { councilWords } from "./words";

/**
 * How the connected account makes a registrar's change (accrediting, suspending, appointing
 * an administrator): directly as the registrar, or as a council member by proposing it.
 * Anyone else is sent the direct way, which the contract refuses in words.
 */
export type RegistrarRoute = "registrar" | "council";

export function useRegistrarRoute(): RegistrarRoute {
  const roles = useChainRoles();
  return roles.data && !roles.data.registrar && roles.data.councilMember ? "council" : "registrar";
}

/**
 * Proposes `call` to the council and reports, from the chain, how many approvals it still
 * needs. `description` is the text the members read; the chain keeps its hash.
 */
export async function proposeToCouncil(
  contracts: IshonchContracts,
  call: CouncilCall,
  description: unknown,
): Promise<WriteOutcome> {
  const { id, receipt } = await proposeCouncilCall(contracts, call, JSON.stringify(description));
  const [proposal, membership] = await Promise.all([
    getCouncilProposal(contracts, id),
    getCouncilMembership(contracts),
  ]);
  const missing = Math.max(
    0,
    membership.threshold - countingApprovals(proposal, membership.members).length,
  );
  return writeOutcome(receipt, () => <ProposalCreated id={id} missing={missing} />);
}

function ProposalCreated({ id, missing }: { id: number; missing: number }) {
  const m = useWords(councilWords).proposalCreated;
  return (
    <>
      <span data-testid="proposal-created">
        {missing > 0
          ? format(m.created, { id, count: missing })
          : format(m.createdApproved, { id })}
      </span>{" "}
      <Link href="/council">{m.councilLink}</Link>
    </>
  );
}
