import { describe, expect, it } from "vitest";
import { metricQueries } from "@/server/domain/metrics/metric-queries";
import { testDbLabel } from "@/server/testing/test-db";
import { runMetricsBench } from "./metrics-bench";

// Keeps `npm run bench:metrics` from rotting: the generator, the bulk load and one timing pass, tiny.
describe(`metrics bench (${testDbLabel()})`, () => {
  it("loads 300 generated chats and times every metric query over 30 and 90 days against the floor", async () => {
    const result = await runMetricsBench({ chats: 300, runs: 1 });

    expect(result.parameters.loaded).toMatchObject({ chats: 300 });
    const loaded = result.parameters.loaded as { chatMessages: number; ratings: number; hintImpressions: number };
    expect(loaded.chatMessages).toBeGreaterThan(300 * 3);
    expect(loaded.ratings).toBeGreaterThan(0);
    expect(loaded.hintImpressions).toBeGreaterThan(0);

    const names = [...Object.keys(metricQueries), "whole report (getMetricsReport)"];
    const [floor, ...timed] = result.rows;
    expect(floor?.query).toMatch(/COUNT\(\*\)/);
    const touched = `30 d whole report (getMetricsReport), today's facts just changed`;
    expect(timed.map((r) => `${r.period} ${r.query}`)).toEqual([
      ...names.map((n) => `30 d ${n}`),
      touched,
      ...names.map((n) => `90 d ${n}`),
    ]);
    // One target per period, and the 30 days once more with today changed: the report's median over the floor's.
    expect(result.targets?.map((t) => t.figure)).toEqual([
      "metrics whole report, 300 chats, 30 d vs COUNT(*)",
      "metrics whole report, 300 chats, 30 d, today just changed vs COUNT(*)",
      "metrics whole report, 300 chats, 90 d vs COUNT(*)",
    ]);
    for (const target of result.targets ?? []) expect(target).toMatchObject({ direction: "max", limit: 3 });
    for (const row of result.rows) {
      expect(row.summary.sent, row.name).toBe(1);
      expect(row.medianMs, row.name).toBeGreaterThan(0);
      expect(row.p95Ms, row.name).toBeGreaterThanOrEqual(row.medianMs);
    }
    for (const row of timed) expect(row.medianVsFloor, row.name).toBeCloseTo(row.medianMs / floor!.medianMs, 6);
    // The 90-day report sees (nearly) every generated chat: the generator and the metrics agree on the period.
    expect(result.notes.find((n) => n.startsWith("90 d:"))).toMatch(/^90 d: (29\d|300) chats/);
  }, 120_000);
});
