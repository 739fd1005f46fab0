"use client";

import { format } from "@ishonch/i18n";
import { startReview } from "@ishonch/sdk";
import { useWords } from "../../../shared/ui/locale";
import { writeOutcome } from "../../../shared/wallet/use-write";
import { appealWords } from "../words";
import { ActionPanel, useAppealAction } from "./ActionPanel";
import type { ActionProps } from "./sealing";

/** The holder starts reviewing a registered or forwarded appeal: nothing to type. */
export function StartReviewForm({ appeal }: ActionProps) {
  const m = useWords(appealWords).actions;
  const action = useAppealAction();
  return (
    <ActionPanel
      title={m.startReview}
      testId="appeal-review"
      action={action}
      onSubmit={() =>
        action.write.run(async (contracts) =>
          writeOutcome(await startReview(contracts, appeal.id), () =>
            format(m.reviewStarted, { id: appeal.id }),
          ),
        )
      }
    />
  );
}
