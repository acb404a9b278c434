import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
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
