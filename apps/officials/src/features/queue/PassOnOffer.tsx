"use client";

import { format } from "@ishonch/i18n";
import { expireOffer } from "@ishonch/sdk";
import { useIshonchWrite, writeOutcome } from "../../shared/wallet/use-write";
import { WriteStatus } from "../../shared/wallet/WriteStatus";
import { useWords } from "../../shared/ui/locale";
import { queueWords } from "./words";

/** Passes an expired offer to the next child (anyone may; the contract checks the time). */
export function PassOnOffer({ offerId }: { offerId: number }) {
  const m = useWords(queueWords).offers;
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
            return writeOutcome(result, () => format(m.passedOn, { offer: offerId }));
          })
        }
      >
        {m.passOn}
      </button>
      <WriteStatus state={write.state} testId={`pass-on-${offerId}`} />
    </>
  );
}
