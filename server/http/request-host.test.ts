import { describe, expect, it } from "vitest";
import { requestHostname } from "./request-host";

const headers = (values: Record<string, string>) => new Headers(values);

describe("the host the browser used", () => {
  it("is the Host header's name without the port", () => {
    expect(requestHostname(headers({ host: "127.0.0.1:3000" }), 0)).toBe("127.0.0.1");
    expect(requestHostname(headers({ host: "Portal.Test:3000" }), 0)).toBe("portal.test");
    expect(requestHostname(headers({ host: "[::1]:3000" }), 0)).toBe("[::1]");
    expect(requestHostname(headers({ host: "portal.example" }), 0)).toBe("portal.example");
  });

  it("ignores X-Forwarded-Host unless our own proxies are trusted", () => {
    const sent = headers({ host: "10.0.0.5:3000", "x-forwarded-host": "portal.example" });
    expect(requestHostname(sent, 0)).toBe("10.0.0.5");
    expect(requestHostname(sent, 1)).toBe("portal.example");
    // Two proxies of ours: the entry the outer one wrote; a client's own value further left is not read.
    expect(
      requestHostname(headers({ host: "x", "x-forwarded-host": "evil.example, portal.example, lb.internal" }), 2),
    ).toBe("portal.example");
  });

  it("refuses anything that is not a host name, so nothing reaches the policy header", () => {
    for (const host of ["evil.example; script-src *", "a b", "exa'mple.com", "", "-bad.example", "a".repeat(300)]) {
      expect(requestHostname(headers({ host }), 0)).toBeNull();
    }
    expect(requestHostname(headers({ host: "portal.test", "x-forwarded-host": "x; y" }), 1)).toBe("portal.test");
  });
});
