"use client";

import { format } from "@ishonch/i18n";
import type { ContractTransactionReceipt } from "ethers";
import { Fragment } from "react";
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

  const steps = [
    { step: approveCouncilProposal, label: m.approve, done: m.approved },
    { step: vetoCouncilProposal, label: m.veto, done: m.vetoed },
    { step: executeCouncilProposal, label: m.execute, done: m.executed },
  ];

  return (
    <div>
      <div className="actions">
        {steps.map(({ step, label, done }, index) => (
          <Fragment key={label}>
            {index > 0 ? " " : null}
            <button type="button" onClick={() => act(step, done)} disabled={write.busy}>
              {label}
            </button>
          </Fragment>
        ))}
      </div>
      <WriteStatus state={write.state} testId={`proposal-${proposalId}`} />
    </div>
  );
}
