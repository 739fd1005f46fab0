/**
 * The address a request came from, as the subject of its rate limits. Without a proxy in front
 * (ISHONCH_PROXY_HOPS unset or 0) it is the connection's own address: an X-Forwarded-For header
 * is then only the caller's claim (Next keeps a sent one) and is ignored. Behind N trusted
 * proxies it is the N-th entry from the right of X-Forwarded-For: the address the outermost
 * trusted proxy saw, which no caller can choose.
 */

/** Where the address is read from: the connection, and the proxies' header. */
export interface AddressSource {
  /** The TCP peer; undefined where the framework hides it (App Router handlers). */
  socketAddress: string | undefined;
  forwardedFor: string | null | undefined;
}

/** One IPv6 household or phone holds a whole /64: it is counted as one address. */
function normalize(address: string): string {
  const bare = address
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(":")) return bare;
  const [head = "", tail = ""] = bare.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = bare.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The proxies in front of the app that may be trusted to append to X-Forwarded-For. */
export function proxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.ISHONCH_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address (IPv4, or an IPv6 /64), or "unknown" when neither the connection nor a
 * trusted proxy names one: all such callers then share one allowance.
 */
export function clientAddress(
  source: AddressSource,
  env: Record<string, string | undefined> = process.env,
): string {
  const hops = proxyHops(env);
  if (hops > 0) {
    const chain = (source.forwardedFor ?? "").split(",").filter((entry) => entry.trim());
    const seen = chain[chain.length - hops];
    return seen ? normalize(seen) : "unknown";
  }
  return source.socketAddress ? normalize(source.socketAddress) : "unknown";
}
