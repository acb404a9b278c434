import { afterEach, describe, expect, it, vi } from "vitest";

// No pass runs in these tests (the first is seconds away); the loops only need something to hold.
vi.mock("@/server/db", () => ({ getDb: () => ({}), closeDb: async () => {} }));
vi.mock("@/server/realtime/realtime-instance", () => ({ getRealtimePublisher: () => ({}) }));

// Counts each loop's start() while keeping the real loop behind it.
const starts = vi.hoisted(() => new Map<string, number>());
vi.mock("./process-loop", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./process-loop")>();
  return {
    ...actual,
    createProcessLoop: (options: Parameters<typeof actual.createProcessLoop>[0]) => {
      const loop = actual.createProcessLoop(options);
      return {
        ...loop,
        start() {
          starts.set(options.name, (starts.get(options.name) ?? 0) + 1);
          loop.start();
        },
      };
    },
  };
});

const { jobsHealth, startJobs, stopJobs } = await import("./index");
const { register } = await import("@/instrumentation");

afterEach(async () => {
  await stopJobs();
  delete (globalThis as { portalJobs?: unknown }).portalJobs;
  starts.clear();
  vi.unstubAllEnvs();
});

const startCounts = () => Object.fromEntries(starts);

describe("background jobs", () => {
  it("start each loop once, however often startJobs is called", () => {
    startJobs();
    startJobs();
    expect(startCounts()).toEqual({
      "outbox.delivery": 1,
      "chat.dispatcher": 1,
      "channels.inbound-retry": 1,
      "catalogue.tariffFees": 1,
      "promisedPayments.expiry": 1,
      "notices.scan": 1,
      "autopay.run": 1,
      "reports.dailyMail": 1,
      "metrics.rollups": 1,
    });
    expect(jobsHealth().map(({ name, state }) => ({ name, state }))).toEqual([
      { name: "outbox.delivery", state: "idle" },
      { name: "chat.dispatcher", state: "idle" },
      { name: "channels.inbound-retry", state: "idle" },
      { name: "catalogue.tariffFees", state: "idle" },
      { name: "promisedPayments.expiry", state: "idle" },
      { name: "notices.scan", state: "idle" },
      { name: "autopay.run", state: "idle" },
      { name: "reports.dailyMail", state: "idle" },
      { name: "metrics.rollups", state: "idle" },
    ]);
  });

  it("start once from Next's register hook, even when it runs twice", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    await register();
    await register();
    expect(startCounts()).toEqual({
      "outbox.delivery": 1,
      "chat.dispatcher": 1,
      "channels.inbound-retry": 1,
      "catalogue.tariffFees": 1,
      "promisedPayments.expiry": 1,
      "notices.scan": 1,
      "autopay.run": 1,
      "reports.dailyMail": 1,
      "metrics.rollups": 1,
    });
  });

  it("do not start in the edge runtime or in `next build`", async () => {
    vi.stubEnv("NEXT_RUNTIME", "edge");
    await register();
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    await register();
    expect(startCounts()).toEqual({});
    expect(jobsHealth()).toEqual([]);
  });

  it("stop every loop", async () => {
    startJobs();
    await stopJobs();
    expect(jobsHealth().every((job) => job.state === "stopped")).toBe(true);
    expect(jobsHealth()).toHaveLength(9);
  });
});
