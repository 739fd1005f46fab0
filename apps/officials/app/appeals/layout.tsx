import type { ReactNode } from "react";
import { AgencyKeysProvider } from "../../src/components/appeals/agency-keys";
import { ServiceLayout } from "../../src/components/workspace/ServiceLayout";
import { messagesFor } from "../../src/messages";
import { requestLocale } from "../../src/server/locale";
import { organizationChoices } from "../../src/server/organization-choices";

// The deployment file, the index and the chain change while the app runs.
export const dynamic = "force-dynamic";

/**
 * The appeals pages: header, wallet, then the inbox or one appeal. The agency keys live here
 * so that moving between the inbox and an appeal keeps the keys entered.
 */
export default async function AppealsLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const messages = messagesFor(locale);
  const m = messages.appeals;
  // Every agency is a forwarding target.
  const organizations = (await organizationChoices()) ?? [];

  return (
    <ServiceLayout
      locale={locale}
      messages={messages}
      heading={{ title: m.heading, subtitle: m.subtitle, backHome: m.back }}
      organizations={organizations}
    >
      <AgencyKeysProvider>{children}</AgencyKeysProvider>
    </ServiceLayout>
  );
}
