import type { ReactNode } from "react";
import Link from "next/link";
import { format, wordsIn, type Locale, type Words } from "@ishonch/i18n";
import { loadDeployment } from "../server/deployment";
import { requestLocale } from "../server/locale";
import { organizationChoices } from "../server/organization-choices";
import { WalletPanel } from "../wallet/WalletPanel";
import { OrganizationChoicesProvider } from "./OrganizationOptions";
import { PageHeader } from "./PageHeader";
import { sharedWords } from "./words";

/** Why the page cannot offer the wallet: the deployment file is missing or unreadable. */
export function DeploymentMissing({ locale, path }: { locale: Locale; path: string }) {
  const m = wordsIn(locale, sharedWords).deployment;
  return (
    <section className="panel" role="alert">
      <p className="error-title">{m.missing}</p>
      <p className="mono">{format(m.detail, { path })}</p>
    </section>
  );
}

/**
 * A service's layout (server-rendered): its header, a link home, then the wallet and the
 * service's pages, or why the deployment cannot be read. The wallet itself is the root
 * layout's, shared by every service.
 */
export async function ServiceLayout(props: {
  /** The service's words: its title, what it is for, the link back home. */
  words: { title: Words; subtitle: Words; backHome: Words };
  /** Whether the service's forms offer every organization the index knows. */
  organizations?: "all";
  children: ReactNode;
}) {
  const locale = await requestLocale();
  const { title, subtitle, backHome } = wordsIn(locale, props.words);
  const deployment = loadDeployment();
  const choices = props.organizations === "all" ? await organizationChoices() : [];
  return (
    <>
      <PageHeader
        locale={locale}
        title={title}
        subtitle={subtitle}
        languageLabel={wordsIn(locale, sharedWords).language}
      />
      <main>
        <p>
          <Link href="/">{backHome}</Link>
        </p>
        {deployment.ok ? (
          <OrganizationChoicesProvider choices={choices ?? []}>
            <WalletPanel />
            {props.children}
          </OrganizationChoicesProvider>
        ) : (
          <DeploymentMissing locale={locale} path={deployment.path} />
        )}
      </main>
    </>
  );
}
