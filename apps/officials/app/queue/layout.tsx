import type { ReactNode } from "react";
import { queueWords } from "../../src/features/queue/words";
import { ServiceLayout } from "../../src/shared/ui/ServiceLayout";

// The deployment file, the index and the chain change while the app runs.
export const dynamic = "force-dynamic";

/** The queue pages: header, wallet, then a district's queues or one queue's audit. */
export default function QueueLayout({ children }: { children: ReactNode }) {
  return <ServiceLayout words={queueWords}>{children}</ServiceLayout>;
}
