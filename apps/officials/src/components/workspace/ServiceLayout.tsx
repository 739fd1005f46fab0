import type { ReactNode } from "react";
import Link from "next/link";
import { format, type Locale } from "@ishonch/i18n";
import type { Messages } from "../../messages";
import { loadDeployment } from "../../server/deployment";
import { LanguageSwitch } from "../LanguageSwitch";
import type { OrganizationChoice } from "./context";
import { OfficialsProviders } from "./OfficialsProviders";
import { WalletPanel } from "./WalletPanel";

/** The words of one service's header. */
export interface ServiceHeading {
  title: string;
  subtitle: string;
  backHome: string;
}

/** Why the page cannot offer the wallet: the deployment file is missing or unreadable. */
export function DeploymentMissing({ messages, path }: { messages: Messages; path: string }) {
  return (
    <section className="panel" role="alert">
      <p className="error-title">{messages.deployment.missing}</p>
      <p className="mono">{format(messages.deployment.detail, { path })}</p>
    </section>
  );
}

/**
 * A service's layout (server-rendered): its header, a link home, then the wallet and the
 * service's pages inside the shared providers, or why the deployment cannot be read.
 */
export function ServiceLayout(props: {
  locale: Locale;
  messages: Messages;
  heading: ServiceHeading;
  organizations?: OrganizationChoice[];
  children: ReactNode;
}) {
  const { locale, messages, heading } = props;
  const deployment = loadDeployment();
  return (
    <>
      <header className="site-header">
        <div>
          <h1>{heading.title}</h1>
          <p>{heading.subtitle}</p>
        </div>
        <LanguageSwitch locale={locale} label={messages.header.language} />
      </header>
      <main>
        <p>
          <Link href="/">{heading.backHome}</Link>
        </p>
        {deployment.ok ? (
          <OfficialsProviders
            deployment={deployment.deployment}
            locale={locale}
            messages={messages}
            organizations={props.organizations ?? []}
          >
            <WalletPanel />
            {props.children}
          </OfficialsProviders>
        ) : (
          <DeploymentMissing messages={messages} path={deployment.path} />
        )}
      </main>
    </>
  );
}
