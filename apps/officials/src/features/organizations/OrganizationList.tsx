import { formatDateTime, storedLabel, wordsIn, type Locale } from "@ishonch/i18n";
import type { OrganizationRow } from "@ishonch/index";
import { organizationStatusNames, organizationTypeNames, regionNames } from "@ishonch/sdk";
import { FilterInput, FilterSelect, vocabularyChoices } from "../../shared/ui/filters";
import { KeepOtherFilters } from "./KeepOtherFilters";
import type { OrganizationFilter, StaffFilter } from "./list-filters";
import { SearchableList } from "./SearchableList";
import { organizationWords } from "./words";

interface Props {
  locale: Locale;
  filter: OrganizationFilter;
  otherFilter: StaffFilter;
  result: { total: number; items: OrganizationRow[] } | null;
}

const listedStatuses = organizationStatusNames.filter((name) => name !== "None");

/** The organizations known to the index, with a search form. */
export function OrganizationList({ locale, filter, otherFilter, result }: Props) {
  const m = wordsIn(locale, organizationWords).organizations;
  const types = vocabularyChoices(locale, "OrganizationType", organizationTypeNames);
  const regions = vocabularyChoices(locale, "Region", regionNames);
  const statuses = vocabularyChoices(locale, "OrganizationStatus", listedStatuses);
  const selects = [
    { name: "orgType", label: m.orgType, value: filter.orgType, options: types },
    { name: "orgRegion", label: m.region, value: filter.region, options: regions },
    { name: "orgStatus", label: m.status, value: filter.status, options: statuses },
  ];
  return (
    <SearchableList
      locale={locale}
      id="organization"
      words={m}
      filters={
        <>
          <KeepOtherFilters staff={otherFilter} />
          <FilterInput name="orgText" label={m.text} value={filter.text} />
          {selects.map((select) => (
            <FilterSelect key={select.name} any={m.any} {...select} />
          ))}
        </>
      }
      columns={[m.id, m.name, m.orgType, m.region, m.status, m.parent, m.registeredAt]}
      result={result}
    >
      {(result?.items ?? []).map((row) => (
        <tr key={row.id}>
          <td>{row.id}</td>
          <td>{row.name}</td>
          <td>{storedLabel(locale, "OrganizationType", row.orgType)}</td>
          <td>{storedLabel(locale, "Region", row.region)}</td>
          <td>{storedLabel(locale, "OrganizationStatus", row.status)}</td>
          <td>{row.parentId ?? "—"}</td>
          <td>{formatDateTime(locale, row.registeredAt)}</td>
        </tr>
      ))}
    </SearchableList>
  );
}
