import { NextResponse, type NextRequest } from "next/server";
import { officialsSecurityPolicy } from "./src/shared/server/security-policy";
import { loadDeployment } from "./src/shared/server/deployment";
import { refuse } from "./src/shared/server/http";
import { malformedPath, malformedServerAction } from "./src/shared/server/request-guard";

/**
 * Every page gets a fresh script nonce and the policy naming it (Next reads the policy from
 * the request headers and puts the nonce on its own inline and bundle scripts), so nothing
 * but this app's scripts runs in a page that holds a wallet connection.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  // Next answers these with a 500; they come from no page of this app, so they get a 400.
  if (malformedPath(request.url) || (await malformedServerAction(request))) {
    return refuse(request, "malformed", 400);
  }
  if (request.headers.has("next-action")) return NextResponse.next();
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
  // Pages and their server actions: static files and the API carry no scripts (their
  // headers: next.config.ts).
  matcher: ["/((?!api|_next/static|_next/image|icon.svg).*)"],
};
