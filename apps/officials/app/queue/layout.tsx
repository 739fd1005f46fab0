import type { ReactNode } from "react";
import Link from "next/link";
import { format } from "@ishonch/i18n";
import { LanguageSwitch } from "../../src/components/LanguageSwitch";
import { QueueWorkspace } from "../../src/components/queue/QueueWorkspace";
import { WalletPanel } from "../../src/components/workspace/WalletPanel";
import { messagesFor } from "../../src/messages";
import { loadDeployment } from "../../src/server/deployment";
import { requestLocale } from "../../src/server/locale";

// The deployment file, the index and the chain change while the app runs.
export const dynamic = "force-dynamic";

/** The queue pages: header, wallet, then a district's queues or one queue's audit. */
export default async function QueueLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const messages = messagesFor(locale);
  const m = messages.queue;
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
