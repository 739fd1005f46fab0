import type { ReactNode } from "react";
import { AgencyKeysProvider } from "../../src/features/appeals/AgencyKeysProvider";
import { appealWords } from "../../src/features/appeals/words";
import { ServiceLayout } from "../../src/shared/ui/ServiceLayout";

// The deployment file, the index and the chain change while the app runs.
export const dynamic = "force-dynamic";

/**
 * The appeals pages: header, wallet, then the inbox or one appeal. Every agency is a
 * forwarding target. The agency keys live here so that moving between the inbox and an
 * appeal keeps the keys entered.
 */
export default function AppealsLayout({ children }: { children: ReactNode }) {
  return (
    <ServiceLayout words={appealWords} organizations="all">
      <AgencyKeysProvider>{children}</AgencyKeysProvider>
    </ServiceLayout>
  );
}
