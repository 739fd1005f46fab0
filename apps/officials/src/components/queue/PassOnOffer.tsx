"use client";

import { format } from "@ishonch/i18n";
import { expireOffer } from "@ishonch/sdk";
import { useIshonchWrite } from "../workspace/use-write";
import { WriteStatus } from "../workspace/WriteStatus";
import { useWorkspace } from "../workspace/context";

/** Passes an expired offer to the next child (anyone may; the contract checks the time). */
export function PassOnOffer({ offerId }: { offerId: number }) {
  const { messages } = useWorkspace();
  const write = useIshonchWrite();
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={write.busy}
        onClick={() =>
          write.run(async (contracts) => {
            const result = await expireOffer(contracts, offerId);
            return {
              describe: (text) => format(text.queue.offers.passedOn, { offer: offerId }),
              transactionHash: result.transactionHash,
              blockNumber: result.blockNumber,
            };
          })
        }
      >
        {messages.queue.offers.passOn}
      </button>
      <WriteStatus state={write.state} testId={`pass-on-${offerId}`} />
    </>
  );
}
