"use client";

import { format } from "@ishonch/i18n";
import type { ContractTransactionReceipt } from "ethers";
import {
  approveCouncilProposal,
  executeCouncilProposal,
  vetoCouncilProposal,
  type IshonchContracts,
} from "@ishonch/sdk";
import { useWords } from "../../shared/ui/locale";
import { useIshonchWrite, writeOutcome } from "../../shared/wallet/use-write";
import { WriteStatus } from "../../shared/wallet/WriteStatus";
import { councilWords } from "./words";

/**
 * Approve, veto and execute buttons of one proposal, signed by the connected wallet. All stay
 * offered whatever the page last read: the contract decides, and its refusal is shown in
 * words (not a member, already approved, delay not over).
 */
export function ProposalActions({ proposalId }: { proposalId: number }) {
  const m = useWords(councilWords);
  const write = useIshonchWrite();

  /** Signs one council step and reports it in `words` once mined. */
  const act = (
    step: (contracts: IshonchContracts, id: number) => Promise<ContractTransactionReceipt>,
    words: string,
  ) =>
    write.run(async (contracts) => {
      const receipt = await step(contracts, proposalId);
      return writeOutcome(receipt, () => format(words, { id: proposalId }));
    });

  return (
    <div>
      <div className="actions">
        <button
          type="button"
          onClick={() => act(approveCouncilProposal, m.approved)}
          disabled={write.busy}
        >
          {m.approve}
        </button>{" "}
        <button
          type="button"
          onClick={() => act(vetoCouncilProposal, m.vetoed)}
          disabled={write.busy}
        >
          {m.veto}
        </button>{" "}
        <button
          type="button"
          onClick={() => act(executeCouncilProposal, m.executed)}
          disabled={write.busy}
        >
          {m.execute}
        </button>
      </div>
      <WriteStatus state={write.state} testId={`proposal-${proposalId}`} />
    </div>
  );
}
