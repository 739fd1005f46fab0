import type { ReactNode } from "react";
import Link from "next/link";
import { format } from "@ishonch/i18n";
import { searchOrganizations } from "@ishonch/index";
import { LanguageSwitch } from "../../src/components/LanguageSwitch";
import { AppealsWorkspace } from "../../src/components/appeals/AppealsWorkspace";
import { WalletPanel } from "../../src/components/workspace/WalletPanel";
import type { OrganizationChoice } from "../../src/components/workspace/context";
import { messagesFor } from "../../src/messages";
import { loadDeployment } from "../../src/server/deployment";
import { fromIndex } from "../../src/server/index-db";
import { requestLocale } from "../../src/server/locale";

// The deployment file, the index and the chain change while the app runs.
export const dynamic = "force-dynamic";

/** Agencies offered as forwarding targets (the index serves at most 500). */
const choiceLimit = 500;

/** The appeals pages: header, wallet, then the inbox or one appeal. */
export default async function AppealsLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const messages = messagesFor(locale);
  const m = messages.appeals;
  const deployment = loadDeployment();
  const choices = await fromIndex((db) => searchOrganizations(db, { limit: choiceLimit }));
  const organizations: OrganizationChoice[] = (choices?.items ?? [])
    .map(({ id, name, status }) => ({ id, name, status }))
    .sort((a, b) => a.id - b.id);

  return (
    <>
      <header className="site-header">
        <div>
          <h1>{m.heading}</h1>
          <p>{m.subtitle}</p>
        </div>
        <LanguageSwitch locale={locale} label={messages.header.language} />
      </header>
      <main>
        <p>
          <Link href="/">{m.back}</Link>
        </p>
        {deployment.ok ? (
          <AppealsWorkspace
            deployment={deployment.deployment}
            locale={locale}
            messages={messages}
            organizations={organizations}
          >
            <WalletPanel />
            {children}
          </AppealsWorkspace>
        ) : (
          <section className="panel" role="alert">
            <p className="error-title">{messages.deployment.missing}</p>
            <p className="mono">{format(messages.deployment.detail, { path: deployment.path })}</p>
          </section>
        )}
      </main>
    </>
  );
}
