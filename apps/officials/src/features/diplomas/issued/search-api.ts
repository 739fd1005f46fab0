/**
 * What the issued-diplomas page and its server route (app/api/diplomas/search) exchange:
 * a signed staff challenge with the search filters, and a page of rows or a refusal code.
 */
import type { SignedStaffAccess, StaffAccessRefusal } from "@ishonch/sdk";
import type { IssuedDiplomaStatus } from "@ishonch/records";

export const issuedDiplomaStatuses: readonly IssuedDiplomaStatus[] = [
  "Valid",
  "Revoked",
  "Superseded",
  "Pending",
];

export interface IssuedDiplomaFilters {
  /** Part of the holder's name, or the series and number. */
  text?: string;
  year?: number;
  programme?: string;
  status?: IssuedDiplomaStatus;
  page?: number;
}

export interface IssuedDiplomaSearchRequest {
  /** The organization whose diplomas are asked for; the signed challenge must name it. */
  orgId: number;
  access: SignedStaffAccess;
  filters: IssuedDiplomaFilters;
}

/** One row as the staff page shows it: no proof, no document id, nothing it does not need. */
export interface IssuedDiplomaListing {
  holderName: string;
  series: string;
  number: string;
  programme: string;
  graduationYear: number;
  status: IssuedDiplomaStatus;
  revocationReason: number | null;
}

export interface IssuedDiplomaSearchAnswer {
  total: number;
  page: number;
  pageSize: number;
  items: IssuedDiplomaListing[];
  /** The organization's programmes and years, offered as choices in the form. */
  programmes: string[];
  years: number[];
}

/** Why the route answered with no rows: a refused challenge, or what could not be reached. */
export type IssuedDiplomaSearchError = StaffAccessRefusal | "chain" | "index" | "deployment";

/** What the page may have to say instead of rows: the route's errors and its own checks. */
export type IssuedDiplomaSearchFailure =
  IssuedDiplomaSearchError | "connectFirst" | "signRejected" | "badOrganization" | "badYear";

const MAX_TEXT = 100;
/** Marks a field that is present but unusable (absent fields are simply undefined). */
const bad = Symbol("malformed");

function optionalText(value: unknown): string | undefined | typeof bad {
  if (value === undefined || value === "") return undefined;
  return typeof value === "string" && value.length <= MAX_TEXT ? value.trim() || undefined : bad;
}

function optionalInteger(
  value: unknown,
  min: number,
  max: number,
): number | undefined | typeof bad {
  if (value === undefined) return undefined;
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max
    ? value
    : bad;
}

function optionalStatus(value: unknown): IssuedDiplomaStatus | undefined | typeof bad {
  if (value === undefined || value === "") return undefined;
  return issuedDiplomaStatuses.find((status) => status === value) ?? bad;
}

/** The request body, checked field by field; null when any part is malformed. */
export function parseSearchRequest(body: unknown): IssuedDiplomaSearchRequest | null {
  if (typeof body !== "object" || body === null) return null;
  const { orgId, access, filters } = body as Record<string, unknown>;
  if (typeof orgId !== "number" || !Number.isSafeInteger(orgId) || orgId <= 0) return null;
  if (typeof access !== "object" || access === null) return null;
  if (typeof filters !== "object" || filters === null) return null;
  const given = filters as Record<string, unknown>;
  const text = optionalText(given.text);
  const programme = optionalText(given.programme);
  const year = optionalInteger(given.year, 1900, 2999);
  const page = optionalInteger(given.page, 1, 1_000_000);
  const status = optionalStatus(given.status);
  if (text === bad || programme === bad || year === bad || page === bad || status === bad) {
    return null;
  }
  // The access fields are checked by the SDK's checkDiplomaStaffAccess ("malformed").
  return {
    orgId,
    access: access as SignedStaffAccess,
    filters: { text, programme, year, page, status },
  };
}
