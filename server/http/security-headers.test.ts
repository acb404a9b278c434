import { describe, expect, it } from "vitest";
import { cameOverTls, contentSecurityPolicy, newNonce } from "./security-headers";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("content security policy", () => {
  it("runs only scripts carrying the request's nonce in production, never eval", () => {
    const policy = directives(
      contentSecurityPolicy({ nonce: "abc123", development: false, realtimeOrigin: "ws://portal.test:6001" }),
    );
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("connect-src")).toEqual(["'self'", "ws://portal.test:6001"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    // The service worker comes from our origin only, not from whatever 'strict-dynamic' lets scripts load.
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(policy.get("manifest-src")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("allows eval only for the development server", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true, realtimeOrigin: "ws://x:1" })).toContain(
      "'unsafe-eval'",
    );
    expect(contentSecurityPolicy({ nonce: "n", development: false, realtimeOrigin: "ws://x:1" })).not.toContain(
      "unsafe-eval",
    );
  });

  it("makes a new unpredictable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sees TLS directly or through the proxy's X-Forwarded-Proto", () => {
    const request = (proto: string | null, protocol: string) => ({
      headers: new Headers(proto ? { "x-forwarded-proto": proto } : {}),
      nextUrl: { protocol },
    });
    expect(cameOverTls(request("https", "http:"))).toBe(true);
    expect(cameOverTls(request("https, http", "http:"))).toBe(true);
    expect(cameOverTls(request(null, "https:"))).toBe(true);
    expect(cameOverTls(request("http", "http:"))).toBe(false);
    expect(cameOverTls(request(null, "http:"))).toBe(false);
  });
});
