import { describe, expect, it } from "vitest";
import { NextRequest, type NextResponse } from "next/server";
import { proxy } from "@/proxy";
import { issueVisitorSession, readVisitorSessionKey, VISITOR_SESSION_COOKIE } from "@/server/visitor-session";
import { API_CONTENT_SECURITY_POLICY } from "./security-headers";

const get = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));

// The policy Next hands the page renderer (it takes the nonce from it), as NextResponse.next carries it.
const policyForRenderer = (response: Response) => response.headers.get("x-middleware-request-content-security-policy");

describe("proxy.ts: Content-Security-Policy", () => {
  it("gives a page the nonce policy, for the browser and for the renderer", async () => {
    const response = await get("/login");
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policyForRenderer(response)).toBe(response.headers.get("content-security-policy"));
  });

  it("keeps a chat picture (and everything else under /api/) on the strict policy, never the page one", async () => {
    for (const path of ["/api/chat/attachments/att-1", "/api/health", "/api/no-such-route"]) {
      const response = await get(path);
      expect({ path, csp: response.headers.get("content-security-policy") }).toEqual({
        path,
        csp: API_CONTENT_SECURITY_POLICY,
      });
      expect(policyForRenderer(response)).toBeNull();
    }
  });

  it("lets the page's socket reach the realtime server at the host the browser used, not at localhost", async () => {
    // Under `next start` the request URL says localhost whatever the browser typed; the Host header does not.
    for (const [host, origin] of [
      ["127.0.0.1:3000", "ws://127.0.0.1:6001"],
      ["portal.test:3000", "ws://portal.test:6001"],
      ["localhost:3000", "ws://localhost:6001"],
    ] as const) {
      const csp = (await get("/login", { host })).headers.get("content-security-policy");
      expect({ host, connect: /connect-src ([^;]+)/.exec(csp ?? "")?.[1] }).toEqual({
        host,
        connect: `'self' ${origin}`,
      });
    }
    // A client-written X-Forwarded-Host means nothing without a proxy of ours in front.
    const spoofed = (await get("/login", { host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" })).headers;
    expect(spoofed.get("content-security-policy")).toContain("ws://127.0.0.1:6001");
  });
});

describe("proxy.ts: the visitor session", () => {
  const issued = (response: Response) => (response as NextResponse).cookies.get(VISITOR_SESSION_COOKIE)?.value;

  it("keeps a session it issued", async () => {
    const { cookieValue } = issueVisitorSession();
    expect(issued(await get("/login", { cookie: `${VISITOR_SESSION_COOKIE}=${cookieValue}` }))).toBeUndefined();
  });

  it("is HttpOnly and SameSite=Lax, and Secure behind a proxy that ended TLS", async () => {
    const attributes = async (headers: Record<string, string>) =>
      new Set(
        ((await get("/login", headers)).headers.get("set-cookie") ?? "")
          .split(/;\s*/)
          .slice(1)
          .map((a) => a.toLowerCase()),
      );
    expect(await attributes({ "x-forwarded-proto": "https" })).toEqual(
      new Set(["path=/", "httponly", "samesite=lax", "secure"]),
    );
    expect(await attributes({})).toEqual(new Set(["path=/", "httponly", "samesite=lax"]));
  });

  it("replaces a key the client made up or a forged signature with a new signed session", async () => {
    const { key } = issueVisitorSession();
    for (const value of ["00000000-0000-4000-8000-000000000001", `${key}.forged`, null]) {
      const response = await get("/login", value ? { cookie: `${VISITOR_SESSION_COOKIE}=${value}` } : {});
      const fresh = issued(response);
      expect(readVisitorSessionKey(fresh)).toMatch(/^[0-9a-f-]{36}$/);
      // This request's own server code already sees the new session, not the made-up one.
      expect(response.headers.get("x-middleware-request-cookie")).toContain(`${VISITOR_SESSION_COOKIE}=${fresh}`);
    }
  });
});
