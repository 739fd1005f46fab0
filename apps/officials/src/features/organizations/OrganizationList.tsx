import { formatDateTime, label, wordsIn, type Locale } from "@ishonch/i18n";
import type { OrganizationRow } from "@ishonch/index";
import {
  organizationStatusNames,
  organizationTypeNames,
  regionNames,
  type OrganizationStatusName,
  type OrganizationTypeName,
  type RegionName,
} from "@ishonch/sdk";
import { KeepOtherFilters } from "./KeepOtherFilters";
import type { OrganizationFilter, StaffFilter } from "./list-filters";
import { FilterInput, FilterSelect } from "../../shared/ui/filters";
import { SearchableList } from "./SearchableList";
import { organizationWords } from "./words";

interface Props {
  locale: Locale;
  filter: OrganizationFilter;
  otherFilter: StaffFilter;
  result: { total: number; items: OrganizationRow[] } | null;
}

/** The organizations known to the index, with a search form. */
export function OrganizationList({ locale, filter, otherFilter, result }: Props) {
  const m = wordsIn(locale, organizationWords).organizations;
  const types = organizationTypeNames.map((name) => ({
    value: name,
    label: label(locale, "OrganizationType", name),
  }));
  const regions = regionNames.map((name) => ({
    value: name,
    label: label(locale, "Region", name),
  }));
  const statuses = organizationStatusNames
    .filter((name) => name !== "None")
    .map((name) => ({ value: name, label: label(locale, "OrganizationStatus", name) }));
  return (
    <SearchableList
      locale={locale}
      id="organization"
      words={m}
      filters={
        <>
          <KeepOtherFilters staff={otherFilter} />
          <FilterInput id="org-text" name="orgText" label={m.text} value={filter.text} />
          <FilterSelect
            id="org-type"
            name="orgType"
            label={m.orgType}
            any={m.any}
            value={filter.orgType}
            options={types}
          />
          <FilterSelect
            id="org-region"
            name="orgRegion"
            label={m.region}
            any={m.any}
            value={filter.region}
            options={regions}
          />
          <FilterSelect
            id="org-status"
            name="orgStatus"
            label={m.status}
            any={m.any}
            value={filter.status}
            options={statuses}
          />
        </>
      }
      columns={[m.id, m.name, m.orgType, m.region, m.status, m.parent, m.registeredAt]}
      result={result}
    >
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
    </SearchableList>
  );
}
