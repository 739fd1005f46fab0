/** The directory page's data: one page of organizations from the index. */
import type { Locale } from "@ishonch/i18n";
import { indexHead, searchOrganizations } from "@ishonch/index";
import { organizationTypeNames, regionNames } from "@ishonch/sdk";
import { formatCount } from "../../../shared/numbers.ts";
import { framedPage } from "../../../shared/server/frame.ts";
import { indexDatabase } from "../../../shared/server/index-db.ts";
import {
  organizationTypeLabel,
  regionLabel,
  statusView,
} from "../../../shared/server/vocabulary.ts";
import type { Option } from "../../../shared/view-models.ts";
import {
  PAGE_SIZE,
  directoryHref,
  listedStatuses,
  parseDirectoryQuery,
  type DirectoryQuery,
} from "../directory-query.ts";
import type { DirectoryForm, DirectoryResult, DirectoryView } from "../view-models.ts";

function options(names: readonly string[], word: (name: string) => string): Option[] {
  return names.map((value) => ({ value, label: word(value) }));
}

export function directoryForm(locale: Locale, query: DirectoryQuery): DirectoryForm {
  const byCollation = (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
  return {
    action: directoryHref(locale, { text: "", orgType: null, region: null, status: null, page: 1 }),
    text: query.text,
    orgType: query.orgType ?? "",
    region: query.region ?? "",
    status: query.status ?? "",
    typeOptions: options(organizationTypeNames, (name) => organizationTypeLabel(locale, name)),
    regionOptions: options(regionNames, (name) => regionLabel(locale, name)).sort(byCollation),
    statusOptions: options(listedStatuses, (name) => statusView(locale, name).label),
  };
}

/** One page of results, or `indexUnavailable` when the database cannot be read. */
export async function directoryResult(
  locale: Locale,
  query: DirectoryQuery,
): Promise<DirectoryResult> {
  const offset = (query.page - 1) * PAGE_SIZE;
  let found: Awaited<ReturnType<typeof searchOrganizations>>;
  let head: Awaited<ReturnType<typeof indexHead>>;
  try {
    const db = await indexDatabase();
    [found, head] = await Promise.all([
      searchOrganizations(db, {
        text: query.text || undefined,
        orgType: query.orgType ?? undefined,
        region: query.region ?? undefined,
        status: query.status ?? undefined,
        limit: PAGE_SIZE,
        offset,
      }),
      indexHead(db),
    ]);
  } catch (error) {
    console.error("citizen: index unavailable:", error);
    return { kind: "indexUnavailable" };
  }
  const pages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
  const pageHref = (page: number) => directoryHref(locale, { ...query, page });
  return {
    kind: "ok",
    rows: found.items.map((row) => ({
      id: row.id,
      href: `/${locale}/organizations/${row.id}`,
      name: row.name,
      orgType: organizationTypeLabel(locale, row.orgType),
      region: regionLabel(locale, row.region),
      status: statusView(locale, row.status),
    })),
    total: formatCount(locale, found.total),
    from: formatCount(locale, Math.min(found.total, offset + 1)),
    to: formatCount(locale, offset + found.items.length),
    page: formatCount(locale, query.page),
    pages: formatCount(locale, pages),
    previousHref: query.page > 1 ? pageHref(Math.min(query.page - 1, pages)) : null,
    nextHref: query.page < pages ? pageHref(query.page + 1) : null,
    indexHead: head ? String(head.blockNumber) : null,
  };
}

/** The register's page: the search form and one page of results (503 without the index). */
export const directoryPageProps = framedPage<DirectoryView>(async (context, frame) => {
  const query = parseDirectoryQuery(context.query);
  const result = await directoryResult(frame.locale, query);
  if (result.kind === "indexUnavailable") context.res.statusCode = 503;
  return { props: { frame, form: directoryForm(frame.locale, query), result } };
});
