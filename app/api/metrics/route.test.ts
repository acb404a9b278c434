import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/server/auth/principal";

// The route's collaborators that need a Next request or a real database are replaced; the rest is real.
const state = vi.hoisted(() => ({
  principal: null as Principal | null,
  gauges: { queuedChats: 4, activeChats: 3, outboxBacklog: 2, operatorsOnline: 1 } as Record<string, number> | Error,
}));
vi.mock("@/server/auth/session", () => ({ getPrincipal: async () => state.principal }));
vi.mock("@/server/db", () => ({
  getDb: () => ({
    $queryRaw: async () => (state.gauges instanceof Error ? Promise.reject(state.gauges) : [state.gauges]),
  }),
}));
vi.mock("@/server/env.mjs", async (original) => {
  const actual = await original<typeof import("@/server/env.mjs")>();
  const settings = actual.parseEnv({ METRICS_TOKEN: "scrape-token-0123456789", LOG_LEVEL: "silent" });
  return { ...actual, env: () => settings };
});

const { GET } = await import("./route");
const scrape = (authorization?: string) =>
  GET(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));

beforeEach(() => {
  state.principal = null;
  state.gauges = { queuedChats: 4, activeChats: 3, outboxBacklog: 2, operatorsOnline: 1 };
});

describe("GET /api/metrics", () => {
  it("refuses a request without the token or a staff session, and a wrong token", async () => {
    for (const response of [await scrape(), await scrape("Bearer not-the-right-token-00")]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      expect(await response.text()).not.toContain("portal_");
    }
    state.principal = { kind: "subscriber", accountId: "a1", sessionVersion: 0 };
    expect((await scrape()).status).toBe(401);
    state.principal = { kind: "staff", staffId: "s1", roles: ["OPERATOR", "MARKETER"], sessionVersion: 0 };
    expect((await scrape()).status).toBe(401);
  });

  it("serves the Prometheus text to the token holder, with the database gauges", async () => {
    const response = await scrape("Bearer scrape-token-0123456789");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/^portal_chat_queue_length 4$/m);
    expect(text).toMatch(/^portal_chats_active 3$/m);
    expect(text).toMatch(/^portal_outbox_backlog 2$/m);
    expect(text).toMatch(/^portal_operators_online 1$/m);
  });

  it("serves a signed-in supervisor or admin without a token", async () => {
    state.principal = { kind: "staff", staffId: "s1", roles: ["SUPERVISOR"], sessionVersion: 0 };
    expect((await scrape()).status).toBe(200);
    state.principal = { kind: "staff", staffId: "s2", roles: ["ADMIN"], sessionVersion: 0 };
    expect((await scrape()).status).toBe(200);
  });

  it("fails the scrape with 503 when the database gauges cannot be read", async () => {
    state.gauges = new Error("connection refused");
    const response = await scrape("Bearer scrape-token-0123456789");
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain("connection refused");
  });
});
