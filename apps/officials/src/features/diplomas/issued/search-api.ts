/**
 * What the issued-diplomas page and its server route (app/api/diplomas/search) exchange:
 * the organization and the search filters (the caller is the signed-in session), and a page
 * of rows or a refusal. Types and choices only: the page's bundle carries no schema library
 * (the route checks the body, server/search-request.ts).
 */
import type { IssuedDiplomaStatus } from "@ishonch/records";
import type { RefusalBody } from "../../../shared/server/http";

export const issuedDiplomaStatuses = [
  "Valid",
  "Revoked",
  "Superseded",
  "Pending",
] as const satisfies readonly IssuedDiplomaStatus[];

export interface IssuedDiplomaFilters {
  /** Part of the holder's name, or the series and number. */
  text?: string | undefined;
  year?: number | undefined;
  programme?: string | undefined;
  status?: IssuedDiplomaStatus | undefined;
  page?: number | undefined;
}

export interface IssuedDiplomaSearchRequest {
  /** The organization whose diplomas are asked for: the session's account must be its staff. */
  orgId: number;
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

/** What the page may have to say instead of rows: its own checks, or the server's refusal. */
export type IssuedDiplomaSearchFailure =
  { local: "connectFirst" | "badOrganization" | "badYear" | "index" } | { refused: RefusalBody };
