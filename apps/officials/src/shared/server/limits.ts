/**
 * The officials app's rate limits (see @ishonch/records' limitRules): sign-in per address,
 * writes and searches per signed-in person (authorizeStaff takes those).
 */
import type { NextRequest } from "next/server";
import { isLimitRefusal } from "@ishonch/i18n";
import { sharedRecords, takeFromLimit, type LimitName } from "@ishonch/records";
import { clientAddress } from "@ishonch/web/client-address";
import { refuse } from "./http";

/**
 * The caller's address for its limits. App Router handlers do not see the connection: the
 * address is X-Forwarded-For's last entry, which Next fills from the connection when the
 * caller sent none. Without a trusted proxy (ISHONCH_PROXY_HOPS) a caller can name another
 * address there, so production runs this app behind one (README, "Entry points").
 */
export function requestAddress(request: NextRequest): string {
  const forwardedFor = request.headers.get("x-forwarded-for");
  return clientAddress({ socketAddress: forwardedFor?.split(",").at(-1), forwardedFor });
}

/** Takes one from the caller's address's `limit`: null when admitted, else the 429. */
export async function limitRefusal(
  request: NextRequest,
  limit: LimitName,
): Promise<Response | null> {
  try {
    await takeFromLimit(await sharedRecords(), limit, requestAddress(request));
    return null;
  } catch (error) {
    if (!isLimitRefusal(error)) throw error;
    return refuse(request, "limitReached", 429, error.args);
  }
}
