import { formatDateTime, storedLabel, wordsIn, type Locale } from "@ishonch/i18n";
import type { StaffRow } from "@ishonch/index";
import { staffRoleNames } from "@ishonch/sdk";
import { KeepOtherFilters } from "./KeepOtherFilters";
import type { OrganizationFilter, StaffFilter } from "./list-filters";
import { FilterInput, FilterSelect, vocabularyChoices } from "../../shared/ui/filters";
import { SearchableList } from "./SearchableList";
import { organizationWords } from "./words";

interface Props {
  locale: Locale;
  filter: StaffFilter;
  otherFilter: OrganizationFilter;
  result: { total: number; items: StaffRow[] } | null;
}

/** Current staff role holders known to the index, with a search form. */
export function StaffList({ locale, filter, otherFilter, result }: Props) {
  const words = wordsIn(locale, organizationWords);
  const m = words.staffList;
  return (
    <SearchableList
      locale={locale}
      id="staff"
      words={m}
      filters={
        <>
          <KeepOtherFilters organizations={otherFilter} />
          <FilterInput name="staffText" label={m.text} value={filter.text} />
          <FilterInput
            name="staffOrg"
            type="text"
            numeric
            label={m.organization}
            value={filter.orgId}
          />
          <FilterSelect
            name="staffRole"
            label={m.role}
            any={m.any}
            value={filter.role}
            options={vocabularyChoices(locale, "StaffRole", staffRoleNames)}
          />
        </>
      }
      columns={[words.staff.organization, m.account, m.role, m.grantedAt]}
      result={result}
    >
      {(result?.items ?? []).map((row) => (
        <tr key={`${row.orgId}-${row.account}-${row.role}`}>
          <td>{`${row.orgId} · ${row.orgName}`}</td>
          <td className="mono">{row.account}</td>
          <td>{storedLabel(locale, "StaffRole", row.role)}</td>
          <td>{formatDateTime(locale, row.grantedAt)}</td>
        </tr>
      ))}
    </SearchableList>
  );
}
