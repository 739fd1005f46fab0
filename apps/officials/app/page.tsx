import { format } from "@ishonch/i18n";
import { searchOrganizations, searchStaff } from "@ishonch/index";
import { LanguageSwitch } from "../src/components/LanguageSwitch";
import { OrganizationList } from "../src/components/lists/OrganizationList";
import { StaffList } from "../src/components/lists/StaffList";
import { OfficialsWorkspace } from "../src/components/workspace/OfficialsWorkspace";
import { DeploymentMissing } from "../src/components/workspace/ServiceLayout";
import {
  organizationFilter,
  pageSize,
  staffFilter,
  type SearchParams,
} from "../src/lib/list-filters";
import { messagesFor } from "../src/messages";
import { diplomaMessagesFor } from "../src/messages/diplomas";
import { councilMessagesFor } from "../src/messages/council";
import { loadDeployment } from "../src/server/deployment";
import { fromIndex, indexedBlock } from "../src/server/index-db";
import { requestLocale } from "../src/server/locale";
import { organizationChoices } from "../src/server/organization-choices";

// The deployment file and the index change while the app runs: render every request.
export const dynamic = "force-dynamic";

export default async function OfficialsPage(props: { searchParams: Promise<SearchParams> }) {
  const locale = await requestLocale();
  const messages = messagesFor(locale);
  const params = await props.searchParams;
  const deployment = loadDeployment();
  const organizationsFilter = organizationFilter(params);
  const staffFilterValue = staffFilter(params);

  const [organizations, staff, choices, block] = await Promise.all([
    fromIndex((db) => searchOrganizations(db, { ...organizationsFilter, limit: pageSize })),
    fromIndex((db) => searchStaff(db, { ...staffFilterValue, limit: pageSize })),
    organizationChoices(),
    indexedBlock(),
  ]);

  return (
    <>
      <header className="site-header">
        <div>
          <h1>{messages.header.title}</h1>
          <p>{messages.header.subtitle}</p>
        </div>
        <LanguageSwitch locale={locale} label={messages.header.language} />
      </header>
      <main>
        <p className="nav-link">
          <a href="/queue">{messages.queue.homeLink}</a>
        </p>
        <p className="nav-link">
          <a href="/appeals">{messages.appeals.link}</a>
        </p>
        <p className="nav-link">
          <a href="/diplomas">{diplomaMessagesFor(locale).homeLink}</a>
        </p>
        <p className="nav-link">
          <a href="/council">{councilMessagesFor(locale).homeLink}</a>
        </p>
        {deployment.ok ? (
          <OfficialsWorkspace
            deployment={deployment.deployment}
            locale={locale}
            messages={messages}
            organizations={choices ?? []}
          />
        ) : (
          <DeploymentMissing messages={messages} path={deployment.path} />
        )}
        <p className="source" data-testid="index-source">
          {block === null ? messages.index.sourceEmpty : format(messages.index.source, { block })}
        </p>
        <div className="grid two lists">
          <OrganizationList
            locale={locale}
            messages={messages}
            filter={organizationsFilter}
            otherFilter={staffFilterValue}
            result={organizations}
          />
          <StaffList
            locale={locale}
            messages={messages}
            filter={staffFilterValue}
            otherFilter={organizationsFilter}
            result={staff}
          />
        </div>
      </main>
    </>
  );
}
