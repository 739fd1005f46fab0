/** The directory's search form, read from and written back to the URL's query string. */
import {
  organizationTypeNames,
  regionNames,
  type OrganizationTypeName,
  type RegionName,
} from "@ishonch/sdk";

/** Statuses a citizen may filter by ("None" is never listed). */
export const listedStatuses = ["Active", "Suspended"] as const;
export type ListedStatus = (typeof listedStatuses)[number];

export const PAGE_SIZE = 20;
const MAX_TEXT_LENGTH = 100;

export interface DirectoryQuery {
  text: string;
  orgType: OrganizationTypeName | null;
  region: RegionName | null;
  status: ListedStatus | null;
  /** 1-based. */
  page: number;
}

type RawQuery = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * Reads `q`, `type`, `region`, `status` and `page`. Anything unknown (a hand-edited URL,
 * an old link) falls back to "any" or page 1 instead of failing: a search never errors.
 */
export function parseDirectoryQuery(query: RawQuery): DirectoryQuery {
  const page = Number(first(query.page));
  return {
    text: first(query.q).slice(0, MAX_TEXT_LENGTH),
    orgType: oneOf(organizationTypeNames, first(query.type)),
    region: oneOf(regionNames, first(query.region)),
    status: oneOf(listedStatuses, first(query.status)),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The directory URL for a query, with only the fields that are set (short, shareable). */
export function directoryHref(locale: string, query: DirectoryQuery): string {
  const params = new URLSearchParams();
  if (query.text) params.set("q", query.text);
  if (query.orgType) params.set("type", query.orgType);
  if (query.region) params.set("region", query.region);
  if (query.status) params.set("status", query.status);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return `/${locale}/organizations${search ? `?${search}` : ""}`;
}
