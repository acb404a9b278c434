/**
 * `npm run bench:metrics`: how long each block of the supervisor's quality metrics takes over
 * 100,000 past chats, for the default 30-day period and for the whole 90 days, next to a
 * `SELECT COUNT(*) FROM "Chat"` floor on the same database. PostgreSQL when BENCH_DATABASE_URL
 * or TEST_DATABASE_URL is set (a throwaway database on that server), otherwise PGlite in memory.
 * The report reads daily rollups: after the load they are built as the nightly repair builds
 * them (timed, in the notes), and one row times the report with today's facts just changed, so
 * it rebuilds today before reading. `npm run bench` adds 1,000,000 chats on PostgreSQL.
 */
import { parseArgs } from "node:util";
import type { Db } from "@/server/db-client";
import { getMetricsReport } from "@/server/domain/metrics/get-metrics-report";
import { metricQueries } from "@/server/domain/metrics/metric-queries";
import { MAX_METRICS_DAYS, metricsRange, moscowDayOf, type MetricsRange } from "@/server/domain/metrics/metrics-range";
import { refreshMetricsRollups, repairMetricsRollups } from "@/server/domain/metrics/metrics-rollup";
import {
  environment,
  formatNotes,
  formatTargets,
  isEntryPoint,
  loadAverage1m,
  writeResult,
  type Benchmark,
  type BenchResult,
  type TargetRow,
} from "./bench-report";
import { loadSyntheticChats, TEMPLATE_CHATS } from "./metrics-bench-data";
import { createBenchDb, row, time, type QueryBenchRow, type Timed } from "./query-timing";

type Query = (db: Db, range: MetricsRange) => Promise<unknown>;

export interface MetricsBenchOptions {
  chats: number;
  /** Timed runs of every query (after one untimed warm-up run). */
  runs: number;
  /** False: only the whole report and the floor (for the large database, where each row costs minutes). */
  blocks?: boolean;
}

export const DEFAULT_METRICS_BENCH_OPTIONS: MetricsBenchOptions = { chats: 100_000, runs: 15 };
const SLA_SECONDS = 60;
const DAY_MS = 86_400_000;

export async function runMetricsBench(
  options: MetricsBenchOptions = DEFAULT_METRICS_BENCH_OPTIONS,
): Promise<BenchResult & { rows: QueryBenchRow[] }> {
  const startedAt = new Date();
  const loadAtStart = loadAverage1m();
  const testDb = await createBenchDb();
  try {
    const now = new Date();
    const loadStarted = performance.now();
    const loaded = await loadSyntheticChats(testDb.db, now, options.chats);
    const loadSec = (performance.now() - loadStarted) / 1000;
    const repairStarted = performance.now();
    await repairMetricsRollups(testDb.db, { now, days: MAX_METRICS_DAYS + 1 });
    await refreshMetricsRollups(testDb.db);
    const repairSec = (performance.now() - repairStarted) / 1000;
    const periods: Array<[string, MetricsRange]> = [
      ["30 d", metricsRange({}, { slaSeconds: SLA_SECONDS, now })],
      [
        "90 d",
        metricsRange({ from: moscowDayOf(new Date(now.getTime() - 89 * DAY_MS)) }, { slaSeconds: SLA_SECONDS, now }),
      ],
    ];
    const floor = await time(options.runs, () => testDb.db.$queryRaw`SELECT COUNT(*) FROM "Chat"`);
    const rows: QueryBenchRow[] = [row("", 'floor: SELECT COUNT(*) FROM "Chat"', floor)];
    const queries: Array<[string, Query]> = [
      ...(options.blocks === false ? [] : Object.entries(metricQueries)),
      [WHOLE_REPORT, getMetricsReport],
    ];
    const checks: string[] = [];
    const targets: TargetRow[] = [];
    for (const [period, range] of periods) {
      for (const [name, query] of queries) {
        const timed = await time(options.runs, () => query(testDb.db, range));
        rows.push(row(period, name, timed, floor));
      }
      targets.push(reportTarget(options.chats, period, rows.at(-1)!, floor));
      if (period === periods[0]![0]) {
        // A survey answer on the newest chat logs today as changed: each run rebuilds today, then reads.
        const [newest] = await testDb.db.$queryRaw<Array<{ id: string }>>`
          SELECT "id" FROM "Rating" ORDER BY "createdAt" DESC LIMIT 1`;
        const touched = await time(options.runs, async () => {
          await testDb.db.$executeRaw`UPDATE "Rating" SET "comment" = "comment" WHERE "id" = ${newest?.id}`;
          return getMetricsReport(testDb.db, range);
        });
        rows.push(row(period, `${WHOLE_REPORT}, today's facts just changed`, touched, floor));
        targets.push(reportTarget(options.chats, `${period}, today just changed`, rows.at(-1)!, floor));
      }
      const report = await getMetricsReport(testDb.db, range);
      checks.push(
        `${period}: ${report.summary.chats} chats, ${report.summary.escalated} escalated, CSI ${pct(report.summary.csi)}, missed ${pct(report.summary.missedShare)}, containment ${pct(report.containment.share)}`,
      );
    }
    return {
      bench: "metrics",
      startedAt: startedAt.toISOString(),
      durationSec: (Date.now() - startedAt.getTime()) / 1000,
      environment: environment(loadAtStart),
      parameters: {
        ...options,
        database:
          testDb.kind === "pglite" ? "PGlite in memory" : "PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL)",
        loaded,
        loadSec: round(loadSec),
        repairSec: round(repairSec),
        slaSeconds: SLA_SECONDS,
        periods: Object.fromEntries(
          periods.map(([label, r]) => [label, { from: r.from.toISOString(), to: r.to.toISOString() }]),
        ),
      },
      rows,
      targets,
      notes: [
        `${loaded.chats} chats (${loaded.chatMessages} messages, ${loaded.ratings} ratings, ${loaded.followUps} follow-ups, ${loaded.hintImpressions} hint impressions, ${loaded.articleViews} article views) loaded in ${loadSec.toFixed(1)} s on ${testDb.kind}`,
        ...(loaded.chats > TEMPLATE_CHATS
          ? [
              `the first ${TEMPLATE_CHATS} chats generated, the rest copies of them moved by whole weeks (bench/metrics-bench-copies.ts), without their messages`,
            ]
          : []),
        `rollups of ${MAX_METRICS_DAYS + 1} days rebuilt from the raw rows (the nightly repair) in ${repairSec.toFixed(1)} s`,
        `each query: one warm-up run, then ${options.runs} timed runs one after another; ×floor = median (p95) over the median (p95) of SELECT COUNT(*) FROM "Chat" on the same ${loaded.chats} chats; p99 in the shared table is the slowest run`,
        ...checks,
        ...busyWarning(environment(loadAtStart)),
      ],
    };
  } finally {
    await testDb.close();
  }
}

const WHOLE_REPORT = "whole report (getMetricsReport)";
/** Issue 19: the whole report at most 3× a bare COUNT(*) over the same chats. */
const REPORT_LIMIT = 3;

function reportTarget(chats: number, period: string, report: QueryBenchRow, floor: Timed): TargetRow {
  return {
    figure: `metrics whole report, ${chats.toLocaleString("en")} chats, ${period} vs COUNT(*)`,
    measured: `median ${report.medianMs.toFixed(1)} ms vs ${floor.summary.p50Ms.toFixed(1)} ms`,
    ratio: report.medianVsFloor,
    direction: "max",
    limit: REPORT_LIMIT,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
const pct = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)} %`);

function busyWarning(machine: BenchResult["environment"]): string[] {
  const load = Math.max(machine.loadAverage1m.atStart, machine.loadAverage1m.atEnd);
  return load > machine.cpus
    ? [`WARNING the machine was busy (1-min load up to ${load} on ${machine.cpus} cores): figures are pessimistic`]
    : [];
}

/** This benchmark's own table: median and p95 per query and period, and both as multiples of the floor. */
export function formatMetricsTable(rows: QueryBenchRow[]): string {
  const header = ["period", "query", "runs", "median ms", "p95 ms", "max ms", "median ×floor", "p95 ×floor"];
  const lines = rows.map((r) => [
    r.period || "—",
    r.query,
    String(r.summary.sent),
    r.medianMs.toFixed(2),
    r.p95Ms.toFixed(2),
    r.summary.maxMs.toFixed(2),
    r.medianVsFloor.toFixed(1),
    r.p95VsFloor.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [render(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(render)].join("\n");
}

/** Rollups make the report's cost follow days, not chats: shown on ten times the chats, on PostgreSQL only. */
const LARGE_CHATS = 1_000_000;

/** `npm run bench`: 100,000 chats, block by block; on PostgreSQL also the whole report over 1,000,000. */
async function runWithLarge(): Promise<BenchResult> {
  const result = await runMetricsBench();
  if (!process.env.BENCH_DATABASE_URL && !process.env.TEST_DATABASE_URL) return result;
  const large = await runMetricsBench({ chats: LARGE_CHATS, runs: 5, blocks: false });
  const label = (r: QueryBenchRow) => ({ ...r, name: `${r.name} [${LARGE_CHATS.toLocaleString("en")} chats]` });
  return {
    ...result,
    durationSec: result.durationSec + large.durationSec,
    parameters: { ...result.parameters, large: large.parameters },
    rows: [...result.rows, ...large.rows.map(label)],
    targets: [...(result.targets ?? []), ...(large.targets ?? [])],
    notes: [...result.notes, ...large.notes.map((note) => `[${LARGE_CHATS.toLocaleString("en")} chats] ${note}`)],
  };
}

export const benchmark: Benchmark = { name: "metrics", run: runWithLarge };

const USAGE = `Usage: npm run bench:metrics -- [--chats N] [--runs N] [--report-only]
  --chats  synthetic chats to load (default ${DEFAULT_METRICS_BENCH_OPTIONS.chats})
  --runs   timed runs of each query (default ${DEFAULT_METRICS_BENCH_OPTIONS.runs})
  --report-only  time only the whole report and the floor, not each block (for a large database)
  PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (a throwaway database is created and dropped); otherwise PGlite in memory.`;

export function parseMetricsBenchArgs(argv: string[]): MetricsBenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      chats: { type: "string" },
      runs: { type: "string" },
      "report-only": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return "help";
  const count = (flag: string, raw: string | undefined, fallback: number, max: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new Error(`${flag} must be an integer from 1 to ${max}, got "${raw}"`);
    return value;
  };
  return {
    chats: count("--chats", values.chats, DEFAULT_METRICS_BENCH_OPTIONS.chats, 2_000_000),
    runs: count("--runs", values.runs, DEFAULT_METRICS_BENCH_OPTIONS.runs, 1_000),
    ...(values["report-only"] ? { blocks: false } : {}),
  };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseMetricsBenchArgs>;
  try {
    options = parseMetricsBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options === "help") return console.log(USAGE);
  console.log(`metrics bench: loading ${options.chats} chats, then ${options.runs} runs of each query …`);
  const result = await runMetricsBench(options);
  console.log(`\n${formatMetricsTable(result.rows)}\n\n${formatNotes(result)}\n\n${formatTargets([result])}\n`);
  console.log(`written ${writeResult(result)} (${result.durationSec.toFixed(1)} s)`);
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
