// After a class is on chain, its encrypted copies must reach the server: a passing outage is
// retried, a refusal is not, and the caller learns which.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { storeDiplomaCopies } from "../src/features/diplomas/diploma-outputs";

let server: Server | undefined;

/** A server answering POSTs with the given statuses in turn; returns its URL and the bodies. */
async function serverAnswering(statuses: number[]): Promise<{ url: string; bodies: string[] }> {
  const bodies: string[] = [];
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      bodies.push(body);
      response.writeHead(statuses[Math.min(bodies.length, statuses.length) - 1]!).end("{}");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/diplomas`, bodies };
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const copies = { diplomas: [] };

describe("storing the copies of issued diplomas", () => {
  it("retries while the server fails, and says when it kept them", async () => {
    const { url, bodies } = await serverAnswering([503, 200]);
    expect(await storeDiplomaCopies(copies, url)).toBe(true);
    expect(bodies).toEqual([JSON.stringify(copies), JSON.stringify(copies)]);
  });

  it("stops at a refusal, and says the copies are not kept", async () => {
    const { url, bodies } = await serverAnswering([409]);
    expect(await storeDiplomaCopies(copies, url)).toBe(false);
    expect(bodies).toHaveLength(1);
  });

  it("gives up after three failures", async () => {
    const { url, bodies } = await serverAnswering([500]);
    expect(await storeDiplomaCopies(copies, url)).toBe(false);
    expect(bodies).toHaveLength(3);
  });
});
