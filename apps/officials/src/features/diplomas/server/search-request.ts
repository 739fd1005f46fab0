/** The issued-diplomas search body as the route accepts it: every field checked. */
import { z } from "zod";
import { uint32Id } from "../../../shared/server/ids";
import { issuedDiplomaStatuses, type IssuedDiplomaSearchRequest } from "../issued/search-api";

const MAX_TEXT = 100;

/** An optional text filter: trimmed, empty as absent. */
const optionalText = z
  .string()
  .max(MAX_TEXT)
  .optional()
  .transform((value) => value?.trim() || undefined);

export const searchRequestSchema = z.strictObject({
  orgId: uint32Id,
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
