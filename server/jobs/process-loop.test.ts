import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { captureLogs } from "@/server/log";
import type { LockSession } from "./advisory-lock";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

const INTERVAL = 1_000;
const T0 = new Date("2026-03-01T09:00:00.000Z");

/** A pass that stays running until the test lets it finish. */
function heldPass() {
  let finish = () => {};
  const pass = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
  return { pass, finish: () => finish() };
}

let loop: ProcessLoop | undefined;
let logs: ReturnType<typeof captureLogs>;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  logs = captureLogs();
});
afterEach(async () => {
  await loop?.stop();
  loop = undefined;
  logs.stop();
  vi.useRealTimers();
});

describe("createProcessLoop", () => {
  it("passes every interval once started, and never overlaps a slow pass with the next", async () => {
    const held = heldPass();
    loop = createProcessLoop({ name: "test.loop", intervalMs: INTERVAL, pass: held.pass });
    expect(loop.health()).toMatchObject({ name: "test.loop", state: "stopped", runs: 0, lastRunAt: null });
    loop.start();
    loop.start(); // a second start adds no second timer
    expect(loop.health().state).toBe("idle");

    await vi.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(held.pass).toHaveBeenCalledTimes(1);
    expect(loop.health().state).toBe("running");

    await vi.advanceTimersByTimeAsync(250);
    held.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(loop.health()).toEqual({
      name: "test.loop",
      state: "idle",
      lastRunAt: new Date(T0.getTime() + INTERVAL).toISOString(),
      lastDurationMs: 2 * INTERVAL + 250,
      lastError: null,
      lastErrorAt: null,
      runs: 1,
    });
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(held.pass).toHaveBeenCalledTimes(2);
    held.finish();
  });

  it("stop waits for the running pass to finish and starts no new one", async () => {
    const held = heldPass();
    loop = createProcessLoop({ name: "test.loop", intervalMs: INTERVAL, pass: held.pass });
    loop.start();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(held.pass).toHaveBeenCalledTimes(1);

    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(stopped).toBe(false);
    expect(loop.health().state).toBe("stopping");

    held.finish();
    await stopping;
    expect(loop.health()).toMatchObject({ state: "stopped", runs: 1 });
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(held.pass).toHaveBeenCalledTimes(1);
  });

  it("records a failing pass's kind (no message, no stack), logs its message and goes on", async () => {
    const pass = vi.fn().mockRejectedValueOnce(new Error("smtp gateway refused")).mockResolvedValue(undefined);
    loop = createProcessLoop({ name: "test.loop", intervalMs: INTERVAL, pass });
    loop.start();

    await vi.advanceTimersByTimeAsync(INTERVAL);
    const failedAt = new Date(T0.getTime() + INTERVAL).toISOString();
    expect(loop.health()).toMatchObject({ state: "idle", runs: 1, lastError: "Error", lastErrorAt: failedAt });
    expect(JSON.stringify(loop.health())).not.toMatch(/\bat .*:\d+|process-loop|smtp/);
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ level: "error", event: "test.loop.error", message: "smtp gateway refused" }),
    );

    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(pass).toHaveBeenCalledTimes(2);
    // The failure stays visible after recovery, dated, so a reader can tell it is not the latest pass.
    expect(loop.health()).toMatchObject({
      runs: 2,
      lastRunAt: new Date(T0.getTime() + 2 * INTERVAL).toISOString(),
      lastError: "Error",
      lastErrorAt: failedAt,
    });
  });

  it("with a lock, runs the pass only while holding it and skips the tick when another instance holds it", async () => {
    let heldElsewhere = true;
    const queries: string[] = [];
    const session: LockSession = {
      async query(sql, params) {
        queries.push(`${sql.split("(")[0]} ${String(params[0])}`);
        return { rows: [{ locked: !heldElsewhere }] };
      },
    };
    const pass = vi.fn(async () => {});
    loop = createProcessLoop({
      name: "test.report",
      intervalMs: INTERVAL,
      pass,
      lock: { key: 42, session: async () => session },
    });
    loop.start();

    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(pass).not.toHaveBeenCalled();
    expect(loop.health()).toMatchObject({ runs: 0, lastRunAt: null, lastError: null });

    heldElsewhere = false;
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(pass).toHaveBeenCalledTimes(1);
    expect(loop.health().runs).toBe(1);
    expect(queries).toEqual([
      "SELECT pg_try_advisory_lock 42",
      "SELECT pg_try_advisory_lock 42",
      "SELECT pg_advisory_unlock 42",
    ]);
  });
});
