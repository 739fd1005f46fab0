import { format, wordsIn } from "@ishonch/i18n";
import { searchOrganizations, searchStaff } from "@ishonch/index";
import { loadDeployment } from "../../shared/server/deployment";
import { fromIndex, indexedBlock } from "../../shared/server/index-db";
import { pageSize, type SearchParams } from "../../shared/server/lists";
import { requestLocale } from "../../shared/server/locale";
import { organizationChoices } from "../../shared/server/organization-choices";
import { PageHeader } from "../../shared/ui/PageHeader";
import { DeploymentMissing } from "../../shared/ui/ServiceLayout";
import { sharedWords } from "../../shared/ui/words";
import { appealWords } from "../appeals/words";
import { councilWords } from "../council/words";
import { diplomaWords } from "../diplomas/words";
import { queueWords } from "../queue/words";
import { organizationFilter, staffFilter } from "./list-filters";
import { OrganizationList } from "./OrganizationList";
import { OrganizationsWorkspace } from "./OrganizationsWorkspace";
import { StaffList } from "./StaffList";
import { organizationWords } from "./words";

/**
 * The main page: a link to each service, the account's roles and the registrar's and
 * administrators' forms, then the organizations and staff the index knows.
 */
export async function HomePage(props: { searchParams: Promise<SearchParams> }) {
  const locale = await requestLocale();
  const shared = wordsIn(locale, sharedWords);
  const m = wordsIn(locale, organizationWords);
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
  const services = [
    { href: "/queue", text: wordsIn(locale, queueWords).homeLink },
    { href: "/appeals", text: wordsIn(locale, appealWords).link },
    { href: "/diplomas", text: wordsIn(locale, diplomaWords).homeLink },
    { href: "/council", text: wordsIn(locale, councilWords).homeLink },
  ];

  return (
    <>
      <PageHeader
        locale={locale}
        title={m.header.title}
        subtitle={m.header.subtitle}
        languageLabel={shared.language}
      />
      <main>
        {services.map((service) => (
          <p className="nav-link" key={service.href}>
            <a href={service.href}>{service.text}</a>
          </p>
        ))}
        {deployment.ok ? (
          <OrganizationsWorkspace organizations={choices ?? []} />
        ) : (
          <DeploymentMissing locale={locale} path={deployment.path} />
        )}
        <p className="source" data-testid="index-source">
          {block === null ? shared.index.sourceEmpty : format(shared.index.source, { block })}
        </p>
        <div className="grid two lists">
          <OrganizationList
            locale={locale}
            filter={organizationsFilter}
            otherFilter={staffFilterValue}
            result={organizations}
          />
          <StaffList
            locale={locale}
            filter={staffFilterValue}
            otherFilter={organizationsFilter}
            result={staff}
          />
        </div>
      </main>
    </>
  );
}
