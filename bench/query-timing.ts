/**
 * Timing of database queries for the query benchmarks (metrics, help search): warm-up, timed runs,
 * median and p95, and rows with their multiples of a floor query timed the same way.
 */
import { createTestDb } from "@/server/testing/test-db";
import { ratiosAgainst, type BenchRow } from "./bench-report";
import { percentile, type LatencySummary } from "./delivery-tracker";
import { startProcessProbe, type ProcessFigures } from "./process-probe";

/** A row of the shared table, plus the median and p95 this benchmark reports. */
export interface QueryBenchRow extends BenchRow {
  period: string;
  query: string;
  medianMs: number;
  p95Ms: number;
  /** Median and p95 over the COUNT(*) floor's. */
  medianVsFloor: number;
  p95VsFloor: number;
}

export interface Timed {
  summary: LatencySummary;
  p95Ms: number;
  process: ProcessFigures;
}

/** One untimed warm-up run (plans, caches, Prisma's query cache), then `runs` timed runs one after another. */
export async function time(runs: number, once: () => Promise<unknown>): Promise<Timed> {
  await once();
  const probe = startProcessProbe();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  const process = probe.stop();
  const sorted = samples.sort((a, b) => a - b);
  const durationMs = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    process,
    p95Ms: percentile(sorted, 95),
    summary: {
      sent: runs,
      received: runs,
      lost: 0,
      duplicated: 0,
      unexpected: 0,
      errors: {},
      p50Ms: percentile(sorted, 50),
      p90Ms: percentile(sorted, 90),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted.at(-1) ?? 0,
      durationMs,
      messagesPerSec: durationMs > 0 ? (runs * 1000) / durationMs : 0,
      senderLagP99Ms: 0,
    },
  };
}

/** createTestDb's throwaway database, on the server BENCH_DATABASE_URL names if set (TEST_DATABASE_URL otherwise). */
export async function createBenchDb() {
  const testUrl = process.env.TEST_DATABASE_URL;
  const benchUrl = process.env.BENCH_DATABASE_URL;
  if (!benchUrl) return createTestDb();
  process.env.TEST_DATABASE_URL = benchUrl;
  try {
    return await createTestDb();
  } finally {
    if (testUrl === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = testUrl;
  }
}

export function row(period: string, query: string, timed: Timed, floor?: Timed): QueryBenchRow {
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    name: period ? `${query} (${period})` : query,
    period,
    query,
    summary: timed.summary,
    process: timed.process,
    warmupProblems: 0,
    medianMs: timed.summary.p50Ms,
    p95Ms: timed.p95Ms,
    medianVsFloor: floor ? ratio(timed.summary.p50Ms, floor.summary.p50Ms) : 1,
    p95VsFloor: floor ? ratio(timed.p95Ms, floor.p95Ms) : 1,
    ...(floor ? { vsFloor: ratiosAgainst(floor.summary, timed.summary) } : {}),
  };
}
