// Plain HTTP requests to the apps from a chosen loopback address (127.0.0.0/8 all reaches this
// machine): the apps count rate limits per caller address, so each test that needs a fresh
// allowance speaks from its own address and leaves the browser tests' allowance alone.
import { request as httpRequest } from "node:http";

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HttpCall {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** The caller's address, e.g. "127.0.0.23". */
  from: string;
  timeoutMs?: number;
}

/** One request, its whole answer; the path is sent as given (broken escapes included). */
export function send(base: string, path: string, call: HttpCall): Promise<HttpAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: url.port,
        path,
        method: call.method ?? "GET",
        headers: { host: url.host, ...call.headers },
        localAddress: call.from,
        timeout: call.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer to ${call.method} ${path}`)));
    req.on("error", reject);
    req.end(call.body);
  });
}

/** A urlencoded form body. */
export function formBody(fields: [string, string][]): {
  headers: Record<string, string>;
  body: string;
} {
  return {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  };
}
