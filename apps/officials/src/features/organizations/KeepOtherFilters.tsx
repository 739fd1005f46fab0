import type { OrganizationFilter, StaffFilter } from "./list-filters";

/**
 * Hidden copies of the other list's search, so that searching one list keeps the other
 * as it was (both live on one page, in the query string).
 */
export function KeepOtherFilters(props: {
  organizations?: OrganizationFilter;
  staff?: StaffFilter;
}) {
  const values: Record<string, string | number | undefined> = {
    orgText: props.organizations?.text,
    orgType: props.organizations?.orgType,
    orgRegion: props.organizations?.region,
    orgStatus: props.organizations?.status,
    staffText: props.staff?.text,
    staffOrg: props.staff?.orgId,
    staffRole: props.staff?.role,
  };
  return Object.entries(values).map(([name, value]) =>
    value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
  );
}
