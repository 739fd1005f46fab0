import type { ReactNode } from "react";
import { ServiceLayout } from "../../src/components/workspace/ServiceLayout";
import { messagesFor } from "../../src/messages";
import { councilMessagesFor } from "../../src/messages/council";
import { organizationChoices } from "../../src/server/organization-choices";
import { requestLocale } from "../../src/server/locale";

// The deployment file, the index and the chain change while the app runs.
export const dynamic = "force-dynamic";

/** The council page: header, wallet, then the proposals and the proposal form. */
export default async function CouncilLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const { title, subtitle, backHome } = councilMessagesFor(locale);
  return (
    <ServiceLayout
      locale={locale}
      messages={messagesFor(locale)}
      heading={{ title, subtitle, backHome }}
      organizations={(await organizationChoices()) ?? []}
    >
      {children}
    </ServiceLayout>
  );
}
