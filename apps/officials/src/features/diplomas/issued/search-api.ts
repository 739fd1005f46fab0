/**
 * What the issued-diplomas page and its server route (app/api/diplomas/search) exchange:
 * the organization and the search filters (the caller is the signed-in session), and a page
 * of rows or a refusal.
 */
import { z } from "zod";
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

const MAX_TEXT = 100;

/** An optional text filter: trimmed, empty as absent. */
const optionalText = z
  .string()
  .max(MAX_TEXT)
  .optional()
  .transform((value) => value?.trim() || undefined);

export const searchRequestSchema = z.strictObject({
  orgId: z
    .number()
    .int()
    .min(1)
    .max(2 ** 32 - 1),
  filters: z.strictObject({
    text: optionalText,
    programme: optionalText,
    year: z.number().int().min(1900).max(2999).optional(),
    page: z.number().int().min(1).max(1_000_000).optional(),
    status: z
      .union([z.enum(issuedDiplomaStatuses), z.literal("")])
      .optional()
      .transform((value) => value || undefined),
  }),
});

/** The request body, checked field by field; null when any part is malformed. */
export function parseSearchRequest(body: unknown): IssuedDiplomaSearchRequest | null {
  const parsed = searchRequestSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}
