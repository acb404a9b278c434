import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Real checks against a real database and realtime server are in server/observability/health.int.test.ts.
const state = vi.hoisted(() => ({ databaseUp: true, realtimeUp: true }));
vi.mock("@/server/db", () => ({
  getDb: () => ({
    $queryRaw: async () =>
      state.databaseUp
        ? [{ "?column?": 1 }]
        : Promise.reject(new Error("password authentication failed for user portal")),
  }),
}));
vi.mock("@/server/realtime/realtime-instance", () => ({
  getRealtimePublisher: () => ({ ping: async () => state.realtimeUp }),
}));

const { GET } = await import("./route");
const { startJobs, stopJobs } = await import("@/server/jobs");

// The real loops; their first pass is seconds away, so they are idle and have not run yet.
beforeAll(startJobs);
afterAll(stopJobs);
beforeEach(() => {
  state.databaseUp = true;
  state.realtimeUp = true;
});

describe("GET /api/health", () => {
  it("answers 200 ok with both checks when both pass and the background loops, never cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const notRunYet = {
      state: "idle",
      lastRunAt: null,
      lastDurationMs: null,
      lastError: null,
      lastErrorAt: null,
      runs: 0,
    };
    expect(await response.json()).toEqual({
      status: "ok",
      checks: { database: { ok: true, ms: expect.any(Number) }, realtime: { ok: true, ms: expect.any(Number) } },
      jobs: [
        { name: "outbox.delivery", ...notRunYet },
        { name: "chat.dispatcher", ...notRunYet },
        { name: "channels.inbound-retry", ...notRunYet },
        { name: "catalogue.tariffFees", ...notRunYet },
        { name: "promisedPayments.expiry", ...notRunYet },
        { name: "notices.scan", ...notRunYet },
        { name: "autopay.run", ...notRunYet },
        { name: "reports.dailyMail", ...notRunYet },
        { name: "metrics.rollups", ...notRunYet },
      ],
    });
  });

  it("answers 503 degraded naming the failed check, without the failure's text", async () => {
    state.databaseUp = false;
    const response = await GET();
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      status: "degraded",
      checks: { database: { ok: false }, realtime: { ok: true } },
    });
    expect(text).not.toMatch(/password|portal/);
  });
});
