import { label, type Locale } from "@ishonch/i18n";
import type { StaffRow } from "@ishonch/index";
import { staffRoleNames, type StaffRoleName } from "@ishonch/sdk";
import type { Messages } from "../../messages";
import { formatDateTime } from "../../lib/dates";
import type { OrganizationFilter, StaffFilter } from "../../lib/list-filters";
import { IndexListResult, SearchActions } from "./IndexListParts";
import { KeepOtherFilters } from "./KeepOtherFilters";

interface Props {
  locale: Locale;
  messages: Messages;
  filter: StaffFilter;
  otherFilter: OrganizationFilter;
  result: { total: number; items: StaffRow[] } | null;
}

/** Current staff role holders known to the index, with a search form. */
export function StaffList({ locale, messages, filter, otherFilter, result }: Props) {
  const m = messages.staffList;
  return (
    <section className="panel" aria-labelledby="staff-heading">
      <h2 id="staff-heading">
        {m.heading} <span className="badge index">{messages.index.badge}</span>
      </h2>
      <form method="get" className="search" role="search" aria-label={m.search}>
        <KeepOtherFilters organizations={otherFilter} />
        <div className="field">
          <label htmlFor="staff-text">{m.text}</label>
          <input id="staff-text" name="staffText" type="search" defaultValue={filter.text ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="staff-org">{m.organization}</label>
          <input
            id="staff-org"
            name="staffOrg"
            type="text"
            inputMode="numeric"
            defaultValue={filter.orgId ?? ""}
          />
        </div>
        <div className="field">
          <label htmlFor="staff-role">{m.role}</label>
          <select id="staff-role" name="staffRole" defaultValue={filter.role ?? ""}>
            <option value="">{m.any}</option>
            {staffRoleNames.map((name) => (
              <option key={name} value={name}>
                {label(locale, "StaffRole", name)}
              </option>
            ))}
          </select>
        </div>
        <SearchActions words={m} />
      </form>
      <IndexListResult words={m} unavailable={messages.index.unavailable} result={result}>
        <table data-testid="staff-list">
          <thead>
            <tr>
              <th scope="col">{messages.staff.organization}</th>
              <th scope="col">{m.account}</th>
              <th scope="col">{m.role}</th>
              <th scope="col">{m.grantedAt}</th>
            </tr>
          </thead>
          <tbody>
            {(result?.items ?? []).map((row) => (
              <tr key={`${row.orgId}-${row.account}-${row.role}`}>
                <td>{`${row.orgId} · ${row.orgName}`}</td>
                <td className="mono">{row.account}</td>
                <td>{label(locale, "StaffRole", row.role as StaffRoleName)}</td>
                <td>{formatDateTime(locale, row.grantedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </IndexListResult>
    </section>
  );
}
