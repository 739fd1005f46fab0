/**
 * The officials app's Content-Security-Policy: scripts from this app only, Next's inline
 * bootstrap admitted by a per-request nonce (proxy.ts), no framing, no plugins, forms and
 * fetches to this app (and the chain's RPC endpoint, which the wallet library reads).
 */
export function officialsSecurityPolicy(options: {
  nonce: string;
  rpcUrl: string | null;
  development: boolean;
}): string {
  const rpcOrigin = options.rpcUrl ? originOf(options.rpcUrl) : null;
  return [
    "default-src 'self'",
    // `next dev` evaluates its modules; a production build never does.
    `script-src 'self' 'nonce-${options.nonce}'${options.development ? " 'unsafe-eval'" : ""}`,
    // React and the wallet library set style attributes; no script can come from there.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${rpcOrigin ? ` ${rpcOrigin}` : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
