// Issue 13: both apps tell the browser what a page may load and who may frame it. The
// officials app's pages run only its own scripts, Next's inline bootstrap admitted by a nonce
// that is new for every page; the citizen app keeps its per-page rules (no script at all,
// except the diploma check's own).
import { expect, test } from "../src/fixtures";

/** The headers every response of both apps carries. */
function expectCommonHeaders(headers: Record<string, string>): void {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
}

/** One directive of a Content-Security-Policy, e.g. "script-src". */
function directive(policy: string | undefined, name: string): string | undefined {
  return policy
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));
}

test("the officials app: scripts from itself with a fresh nonce, no framing, no sniffing", async ({
  page,
  platform,
  request,
}) => {
  const officials = platform.appUrls.officials;
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) blocked.push(message.text());
  });
  const first = await page.goto(officials);
  const headers = first!.headers();
  expectCommonHeaders(headers);
  const policy = headers["content-security-policy"];
  const scripts = directive(policy, "script-src");
  expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'$/);
  expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  expect(directive(policy, "object-src")).toBe("object-src 'none'");
  // Next put the nonce on its own scripts, and the page came alive under the policy.
  const nonce = /'nonce-([^']+)'/.exec(scripts!)![1]!;
  const inline = page.locator("script:not([src])");
  expect(await inline.count()).toBeGreaterThan(0);
  for (const script of await inline.all()) {
    expect(await script.evaluate((element) => (element as HTMLScriptElement).nonce)).toBe(nonce);
  }
  await expect(page.getByRole("button", { name: /english/i })).toBeEnabled();
  expect(blocked).toEqual([]);

  const second = await request.get(officials);
  const again = directive(second.headers()["content-security-policy"], "script-src");
  expect(again).not.toBe(scripts);

  const api = await request.get(`${officials}/api/index-head`);
  expectCommonHeaders(api.headers());
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("the citizen app: no script on its pages, the diploma check's own only, no framing", async ({
  platform,
  request,
}) => {
  const citizen = platform.appUrls.citizen;
  for (const path of ["/uz", "/ru/queue", "/en/appeals"]) {
    const response = await request.get(`${citizen}${path}`);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expectCommonHeaders(headers);
    const policy = headers["content-security-policy"];
    expect(directive(policy, "script-src"), path).toBe("script-src 'none'");
    expect(directive(policy, "frame-ancestors"), path).toBe("frame-ancestors 'none'");
  }
  const verify = (await request.get(`${citizen}/en/verify`)).headers();
  expectCommonHeaders(verify);
  expect(directive(verify["content-security-policy"], "script-src")).toBe("script-src 'self'");
  expect(directive(verify["content-security-policy"], "frame-ancestors")).toBe(
    "frame-ancestors 'none'",
  );
});
