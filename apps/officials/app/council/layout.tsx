import type { ReactNode } from "react";
import { councilWords } from "../../src/features/council/words";
import { ServiceLayout } from "../../src/shared/ui/ServiceLayout";

// The deployment file, the index and the chain change while the app runs.
export const dynamic = "force-dynamic";

/** The council page: header, wallet, then the proposals and the proposal forms. */
export default function CouncilLayout({ children }: { children: ReactNode }) {
  return (
    <ServiceLayout words={councilWords} organizations="all">
      {children}
    </ServiceLayout>
  );
}
