import type { ReactNode } from "react";
import { DiplomasNav } from "../../src/features/diplomas/DiplomasNav";
import { diplomaWords } from "../../src/features/diplomas/words";
import { ServiceLayout } from "../../src/shared/ui/ServiceLayout";

export const dynamic = "force-dynamic";

/** The diplomas pages: header, wallet, then the issuing forms or the issued diplomas. */
export default function DiplomasLayout({ children }: { children: ReactNode }) {
  return (
    <ServiceLayout words={diplomaWords}>
      <DiplomasNav />
      {children}
    </ServiceLayout>
  );
}
