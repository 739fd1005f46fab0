// Server action calls and paths that Next would answer with a 500 (found by the e2e fuzz)
// are told apart here, and the proxy refuses them with a 400.
import { describe, expect, it } from "vitest";
import { malformedPath, malformedServerAction } from "../src/shared/server/request-guard";

const id = "409e9d4f96b5cdea0db1047b49ce31144b3e3cb1db";
const action = (headers: Record<string, string>, body?: string, method = "POST") =>
  new Request("http://officials.local/appeals", { method, headers, body });

describe("what reaches Next's server action handler", () => {
  it("lets a page's own calls through: JSON arguments, or a form with its boundary", async () => {
    const json = action({ "next-action": id, "content-type": "text/plain;charset=UTF-8" }, "[1]");
    expect(await malformedServerAction(json)).toBe(false);
    const form = action(
      { "next-action": id, "content-type": "multipart/form-data; boundary=----b1" },
      '------b1\r\nContent-Disposition: form-data; name="locale"\r\n\r\nru\r\n------b1--\r\n',
    );
    expect(await malformedServerAction(form)).toBe(false);
    expect(await malformedServerAction(action({}, "anything"))).toBe(false);
  });

  it("refuses what no page sends", async () => {
    const cases = [
      action({ "next-action": "", "content-type": "text/plain" }, "[]"),
      action({ "next-action": "x".repeat(42), "content-type": "text/plain" }, "[]"),
      action({ "next-action": id, "content-type": "text/plain" }, "{"),
      action({ "next-action": id, "content-type": "text/plain" }, '{"a":1}'),
      action({ "next-action": id, "content-type": "text/plain" }, "null"),
      action({ "next-action": id, "content-type": "application/json; charset=ebcdic" }, "[]"),
      action({ "next-action": id, "content-type": "multipart/form-data; boundary=" }, "--\r\n"),
      action({ "next-action": id, "content-type": "multipart/form-data; boundary=zz" }, "no parts"),
      action({ "next-action": id }, undefined, "GET"),
    ];
    for (const request of cases) expect(await malformedServerAction(request)).toBe(true);
  });

  it("refuses a path with a broken percent-escape", () => {
    expect(malformedPath("http://officials.local/appeals/12")).toBe(false);
    expect(malformedPath("http://officials.local/appeals/O%CA%BBzbek")).toBe(false);
    expect(malformedPath("http://officials.local/appeals/%")).toBe(true);
    expect(malformedPath("http://officials.local/appeals/%E0%A4%A")).toBe(true);
  });
});
