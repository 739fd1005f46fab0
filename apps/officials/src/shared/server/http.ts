/**
 * What every officials route handler does with a request and a refusal: the body read up to
 * the route's limit (never more into memory), and refusals as a code with words in the
 * person's language, never a server error or a stack.
 */
import type { NextRequest } from "next/server";
import type { z } from "zod";
import {
  defaultLocale,
  isLocale,
  limitMessage,
  wordsIn,
  type LimitRefusal,
  type Locale,
} from "@ishonch/i18n";
import { sessionWords, type Refusal } from "../../features/session/words";
import { localeCookie } from "./locale";

export const noStore = { "Cache-Control": "no-store" } as const;

/** The language of a request: the one chosen with the switch, else Uzbek. */
export function localeOf(request: NextRequest): Locale {
  const chosen = request.cookies.get(localeCookie)?.value;
  return isLocale(chosen) ? chosen : defaultLocale;
}

/** A refusal's body: its code, and words for the person. */
export interface RefusalBody {
  error: Refusal;
  message: string;
}

/** A refusal's body; a limit's refusal (`limit`) says which limit and how long to wait. */
export function refusalBody(
  locale: Locale,
  error: Refusal,
  limit?: LimitRefusal["args"],
): RefusalBody {
  const message = limit
    ? limitMessage(locale, limit)
    : wordsIn(locale, sessionWords).refusal[error];
  return { error, message };
}

/** A refusal as a response, in the request's language; a limit's with Retry-After. */
export function refuse(
  request: NextRequest,
  error: Refusal,
  status: number,
  limit?: LimitRefusal["args"],
): Response {
  const headers = limit ? { ...noStore, "Retry-After": String(limit.retryAfterSeconds) } : noStore;
  return Response.json(refusalBody(localeOf(request), error, limit), { status, headers });
}

/**
 * The request's JSON body, read up to `maxBytes` (a larger body is cut off unread, 413);
 * malformed JSON is a 400. Both as refusals, ready to return.
 */
export async function readJsonBody(
  request: NextRequest,
  maxBytes: number,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: refuse(request, "tooLarge", 413) };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, response: refuse(request, "tooLarge", 413) };
      }
      chunks.push(value);
    }
  }
  try {
    return { ok: true, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown };
  } catch {
    return { ok: false, response: refuse(request, "malformed", 400) };
  }
}

/** The request's JSON body read as `readJsonBody` does, then checked against `schema` (400). */
export async function readJsonRequest<T>(
  request: NextRequest,
  schema: z.ZodType<T>,
  maxBytes: number,
): Promise<{ ok: true; body: T } | { ok: false; response: Response }> {
  const read = await readJsonBody(request, maxBytes);
  if (!read.ok) return read;
  const parsed = schema.safeParse(read.body);
  return parsed.success
    ? { ok: true, body: parsed.data }
    : { ok: false, response: refuse(request, "malformed", 400) };
}
