/** The id of an organization or an appeal as requests carry it: a positive uint32 on chain. */
import { z } from "zod";

export const uint32Id = z
  .number()
  .int()
  .min(1)
  .max(2 ** 32 - 1);
