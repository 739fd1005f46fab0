/**
 * Requests that Next itself would answer with a server error, told apart before they reach
 * it: a path with a broken escape, or a server action call that is not one (a malformed
 * action id, content type or body). The proxy answers them with a 400 instead. Not covered:
 * Next hides its own RSC headers from the proxy, so a request sent with `RSC: 1` and a router
 * state header that is not one still gets Next's 500 (no page sends one).
 */

/** Action ids are hex digests; the browser sends the arguments as JSON text or a form. */
const ACTION_ID = /^[0-9a-f]{40,64}$/;
const MULTIPART = /^multipart\/form-data\s*;\s*boundary=("?)([^";]+)\1\s*$/i;
const TEXT = /^text\/plain\s*(;\s*charset=utf-8\s*)?$/i;

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * A path with a broken percent-escape (`/appeals/%E0%A4%A`): Next fails to decode it as a
 * dynamic segment and answers 500.
 */
export function malformedPath(url: string): boolean {
  try {
    decodeURIComponent(new URL(url).pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * True when a server action request cannot be one this app's pages sent. The body is read
 * from a clone (Next hands the proxy a buffered copy).
 */
export async function malformedServerAction(request: Request): Promise<boolean> {
  const action = request.headers.get("next-action");
  if (action === null) return false;
  if (request.method !== "POST" || !ACTION_ID.test(action)) return true;
  const type = request.headers.get("content-type") ?? "";
  const multipart = MULTIPART.exec(type);
  const body = await request.clone().text();
  if (multipart) return !body.includes(`--${multipart[2]}`);
  return !TEXT.test(type) || !isJsonArray(body);
}
