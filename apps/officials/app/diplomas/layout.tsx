import type { ReactNode } from "react";
import Link from "next/link";
import { format } from "@ishonch/i18n";
import { LanguageSwitch } from "../../src/components/LanguageSwitch";
import { QueueWorkspace } from "../../src/components/queue/QueueWorkspace";
import { WalletPanel } from "../../src/components/workspace/WalletPanel";
import { messagesFor } from "../../src/messages";
import { diplomaMessagesFor } from "../../src/messages/diplomas";
import { loadDeployment } from "../../src/server/deployment";
import { requestLocale } from "../../src/server/locale";

export const dynamic = "force-dynamic";

/** The diplomas pages: header, wallet, then the class and revocation forms. */
export default async function DiplomasLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const messages = messagesFor(locale);
  const m = diplomaMessagesFor(locale);
  const deployment = loadDeployment();
  return (
    <>
      <header className="site-header">
        <div>
          <h1>{m.title}</h1>
          <p>{m.subtitle}</p>
        </div>
        <LanguageSwitch locale={locale} label={messages.header.language} />
      </header>
      <main>
        <p>
          <Link href="/">{m.backHome}</Link>
        </p>
        {deployment.ok ? (
          // The queue's workspace is the generic wallet + page-text provider (see its TODO).
          <QueueWorkspace
            deployment={deployment.deployment}
            locale={locale}
            messages={messages}
            organizations={[]}
          >
            <WalletPanel />
            {children}
          </QueueWorkspace>
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
