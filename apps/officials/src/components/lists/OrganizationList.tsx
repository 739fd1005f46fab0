import { label, type Locale } from "@ishonch/i18n";
import type { OrganizationRow } from "@ishonch/index";
import {
  organizationStatusNames,
  organizationTypeNames,
  regionNames,
  type OrganizationStatusName,
  type OrganizationTypeName,
  type RegionName,
} from "@ishonch/sdk";
import type { Messages } from "../../messages";
import { formatDateTime } from "../../lib/dates";
import type { OrganizationFilter, StaffFilter } from "../../lib/list-filters";
import { IndexListResult, SearchActions } from "./IndexListParts";
import { KeepOtherFilters } from "./KeepOtherFilters";

interface Props {
  locale: Locale;
  messages: Messages;
  filter: OrganizationFilter;
  otherFilter: StaffFilter;
  result: { total: number; items: OrganizationRow[] } | null;
}

/** The organizations known to the index, with a search form that works without JavaScript. */
export function OrganizationList({ locale, messages, filter, otherFilter, result }: Props) {
  const m = messages.organizations;
  return (
    <section className="panel" aria-labelledby="organizations-heading">
      <h2 id="organizations-heading">
        {m.heading} <span className="badge index">{messages.index.badge}</span>
      </h2>
      <form method="get" className="search" role="search" aria-label={m.search}>
        <KeepOtherFilters staff={otherFilter} />
        <div className="field">
          <label htmlFor="org-text">{m.text}</label>
          <input id="org-text" name="orgText" type="search" defaultValue={filter.text ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="org-type">{m.orgType}</label>
          <select id="org-type" name="orgType" defaultValue={filter.orgType ?? ""}>
            <option value="">{m.any}</option>
            {organizationTypeNames.map((name) => (
              <option key={name} value={name}>
                {label(locale, "OrganizationType", name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="org-region">{m.region}</label>
          <select id="org-region" name="orgRegion" defaultValue={filter.region ?? ""}>
            <option value="">{m.any}</option>
            {regionNames.map((name) => (
              <option key={name} value={name}>
                {label(locale, "Region", name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="org-status">{m.status}</label>
          <select id="org-status" name="orgStatus" defaultValue={filter.status ?? ""}>
            <option value="">{m.any}</option>
            {organizationStatusNames
              .filter((name) => name !== "None")
              .map((name) => (
                <option key={name} value={name}>
                  {label(locale, "OrganizationStatus", name)}
                </option>
              ))}
          </select>
        </div>
        <SearchActions words={m} />
      </form>
      <IndexListResult words={m} unavailable={messages.index.unavailable} result={result}>
        <table data-testid="organization-list">
          <thead>
            <tr>
              <th scope="col">{m.id}</th>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.orgType}</th>
              <th scope="col">{m.region}</th>
              <th scope="col">{m.status}</th>
              <th scope="col">{m.parent}</th>
              <th scope="col">{m.registeredAt}</th>
            </tr>
          </thead>
          <tbody>
            {(result?.items ?? []).map((row) => (
              <tr key={row.id}>
                <td>{row.id}</td>
                <td>{row.name}</td>
                <td>{label(locale, "OrganizationType", row.orgType as OrganizationTypeName)}</td>
                <td>{label(locale, "Region", row.region as RegionName)}</td>
                <td>{label(locale, "OrganizationStatus", row.status as OrganizationStatusName)}</td>
                <td>{row.parentId ?? "—"}</td>
                <td>{formatDateTime(locale, row.registeredAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </IndexListResult>
    </section>
  );
}
