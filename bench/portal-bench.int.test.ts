import { describe, expect, it } from "vitest";
import { runPortalBench } from "./portal-bench";

const postgres = Boolean(process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL);

// Keeps `npm run bench:portal` from rotting: both sides of both procedures answer every request with 200.
describe("portal bench", () => {
  it.skipIf(!postgres)(
    "serves account.mySummary and tariffs.change on both sides without errors, with ratios",
    async () => {
      const result = await runPortalBench({ seconds: 2, users: 5, subscribers: 20, warmupSeconds: 0 });

      expect(result.rows.map((row) => row.name)).toHaveLength(4);
      for (const { name, summary } of result.rows) {
        expect({ name, errors: summary.errors }).toEqual({ name, errors: {} });
        expect(summary.received).toBeGreaterThan(5);
        expect(summary.p99Ms).toBeGreaterThanOrEqual(summary.p50Ms);
      }
      expect(result.rows[1]?.vsFloor?.throughput).toBeGreaterThan(0);
      expect(result.rows[3]?.vsFloor?.p50).toBeGreaterThan(0);
    },
    90_000,
  );

  it.skipIf(postgres)("says it was skipped without PostgreSQL", async () => {
    const result = await runPortalBench({ seconds: 1, users: 1, subscribers: 1, warmupSeconds: 0 });
    expect(result.rows).toEqual([]);
    expect(result.notes[0]).toMatch(/skipped/);
  });
});
