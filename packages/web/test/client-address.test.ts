import { describe, expect, it } from "vitest";
import { clientAddress } from "../src/client-address.ts";

const direct = {};
const behindOne = { ISHONCH_PROXY_HOPS: "1" };

describe("the client's address, the subject of its rate limits", () => {
  it("is the connection's address when no proxy is trusted: a sent header changes nothing", () => {
    const source = { socketAddress: "::ffff:203.0.113.5", forwardedFor: "198.51.100.1" };
    expect(clientAddress(source, direct)).toBe("203.0.113.5");
    expect(clientAddress({ socketAddress: undefined, forwardedFor: "1.2.3.4" }, direct)).toBe(
      "unknown",
    );
  });

  it("behind trusted proxies, is what the outermost one saw, not what the caller claims", () => {
    // The caller sent "6.6.6.6"; the proxy appended the address it saw.
    const source = { socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 203.0.113.5" };
    expect(clientAddress(source, behindOne)).toBe("203.0.113.5");
    expect(clientAddress(source, { ISHONCH_PROXY_HOPS: "2" })).toBe("6.6.6.6");
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "" }, behindOne)).toBe(
      "unknown",
    );
  });

  it("counts one IPv6 /64 as one address, however it is written", () => {
    const a = clientAddress({ socketAddress: "2001:db8:0:12:aaaa::1", forwardedFor: null }, direct);
    const b = clientAddress(
      { socketAddress: "2001:0db8:0000:0012:ffff:1:2:3", forwardedFor: null },
      direct,
    );
    expect(a).toBe("2001:db8:0:12::/64");
    expect(b).toBe(a);
    expect(clientAddress({ socketAddress: "2001:db8::1", forwardedFor: null }, direct)).toBe(
      "2001:db8:0:0::/64",
    );
    expect(clientAddress({ socketAddress: "[fe80::1%eth0]", forwardedFor: null }, direct)).toBe(
      "fe80:0:0:0::/64",
    );
  });
});
