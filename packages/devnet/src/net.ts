/** Small network checks: is a port free, does a server answer. */
import { createServer } from "node:net";

export const LOCALHOST = "127.0.0.1";

/** Resolves with `port` if nothing listens on it, or with a free port when `port` is 0. */
export function claimablePort(port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${port} is already in use on ${LOCALHOST}`)
          : error,
      ),
    );
    server.listen(port, LOCALHOST, () => {
      const address = server.address();
      const claimed = typeof address === "object" && address ? address.port : port;
      server.close(() => resolve(claimed));
    });
  });
}

/** The chain id if a JSON-RPC node answers at `rpcUrl`, or null. */
export async function rpcChainId(rpcUrl: string): Promise<number | null> {
  try {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(1_000),
    });
    const body = (await response.json()) as { result?: string };
    return body.result ? Number(body.result) : null;
  } catch {
    return null;
  }
}

/** The HTTP status if a server answers at `url`, or null. */
export async function httpStatus(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return null;
  }
}

/**
 * Polls `probe` until it gives a value, failing when `exited` settles first (the server
 * died) or after `timeoutMs`.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null>,
  exited: Promise<unknown>,
  timeoutMs: number,
): Promise<T> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (gone) throw new Error(`${what} exited before it answered`);
    if (Date.now() > deadline) throw new Error(`${what} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
