import { NextResponse, type NextRequest } from "next/server";
import { officialsSecurityPolicy } from "./src/shared/server/security-policy";
import { loadDeployment } from "./src/shared/server/deployment";

/**
 * Every page gets a fresh script nonce and the policy naming it (Next reads the policy from
 * the request headers and puts the nonce on its own inline and bundle scripts), so nothing
 * but this app's scripts runs in a page that holds a wallet connection.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const deployment = loadDeployment();
  const policy = officialsSecurityPolicy({
    nonce,
    rpcUrl: deployment.ok ? deployment.deployment.rpcUrl : null,
    development: process.env.NODE_ENV !== "production",
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: static files and the API carry no scripts (their headers: next.config.ts).
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|icon.svg).*)",
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
