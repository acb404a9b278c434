/**
 * What every benchmark returns, the console table and the JSON file. Results go to
 * bench/results/ (committed, so later runs can be compared; created on first write).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deliveryProblems, type LatencySummary } from "./delivery-tracker";
import type { ProcessFigures } from "./process-probe";

export interface BenchRow {
  name: string;
  summary: LatencySummary;
  process: ProcessFigures;
  /** Delivery problems during the unmeasured warm-up (should be 0 like the rest). */
  warmupProblems: number;
  /** This row divided by the floor row: latency multiples and throughput ratio. */
  vsFloor?: { p50: number; p99: number; throughput: number };
}

export interface BenchResult {
  bench: string;
  startedAt: string;
  durationSec: number;
  environment: {
    node: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    totalMemMb: number;
    /** Other work on the machine skews every figure; this says how busy it was. */
    loadAverage1m: { atStart: number; atEnd: number };
  };
  parameters: Record<string, unknown>;
  rows: BenchRow[];
  notes: string[];
  /** Issue-level targets: each a ratio to a baseline measured in the same run. */
  targets?: TargetRow[];
}

/**
 * One target of the performance programme: a ratio measured against a baseline taken in the same
 * run (absolute times on shared machines are noise), compared with its limit.
 */
export interface TargetRow {
  figure: string;
  /** What was measured, in words and units, e.g. "p50 433 ms vs static 53 ms". */
  measured: string;
  ratio: number;
  /** "max": the ratio must not exceed the limit (a cost); "min": it must reach it (a throughput). */
  direction: "max" | "min";
  limit: number;
}

export function targetPasses(row: TargetRow): boolean {
  return row.direction === "max" ? row.ratio <= row.limit : row.ratio >= row.limit;
}

/** The targets of all results as one table: figure, measured, ratio, target, pass/fail. */
export function formatTargets(results: BenchResult[]): string {
  const rows = results.flatMap((result) => result.targets ?? []);
  if (rows.length === 0) return "";
  const lines = rows.map((row) => [
    row.figure,
    row.measured,
    `${row.ratio.toFixed(2)}×`,
    `${row.direction === "max" ? "≤" : "≥"} ${row.limit}×`,
    targetPasses(row) ? "pass" : "FAIL",
  ]);
  const header = ["target", "measured", "ratio", "limit", "result"];
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const render = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
  return [render(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(render)].join("\n");
}

/** A benchmark that `npm run bench` finds: a `*-bench.ts` file in bench/ exporting `benchmark`. */
export interface Benchmark {
  name: string;
  /** Runs with the benchmark's defaults. */
  run(): Promise<BenchResult>;
}

export const RESULTS_DIR = path.resolve(import.meta.dirname, "results");

export function loadAverage1m(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
}

/** Call at the end of a run, with `loadAverage1m()` taken at its start. */
export function environment(loadAtStart: number): BenchResult["environment"] {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    totalMemMb: Math.round(os.totalmem() / 1024 / 1024),
    loadAverage1m: { atStart: loadAtStart, atEnd: loadAverage1m() },
  };
}

/** The PostgreSQL server for benches of the production shape: BENCH_DATABASE_URL, else the tests' server. */
export function benchServerUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
}

/** What a bench that needs PostgreSQL returns when none is configured: no rows, and a note saying what to set. */
export function skippedWithoutPostgres(
  base: Pick<BenchResult, "bench" | "startedAt" | "parameters">,
  loadAtStart: number,
): BenchResult {
  return {
    ...base,
    durationSec: 0,
    environment: environment(loadAtStart),
    rows: [],
    notes: ["skipped: needs PostgreSQL — set BENCH_DATABASE_URL or TEST_DATABASE_URL"],
  };
}

export function ratiosAgainst(floor: LatencySummary, row: LatencySummary): BenchRow["vsFloor"] {
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    p50: ratio(row.p50Ms, floor.p50Ms),
    p99: ratio(row.p99Ms, floor.p99Ms),
    throughput: ratio(row.messagesPerSec, floor.messagesPerSec),
  };
}

const COLUMNS: Array<[string, (bench: string, row: BenchRow) => string]> = [
  ["bench", (bench) => bench],
  ["path", (_, row) => row.name],
  ["sent", (_, row) => String(row.summary.sent)],
  ["lost", (_, row) => String(row.summary.lost)],
  ["dup", (_, row) => String(row.summary.duplicated)],
  ["errors", (_, row) => String(deliveryProblems(row.summary) - row.summary.lost - row.summary.duplicated)],
  ["p50 ms", (_, row) => row.summary.p50Ms.toFixed(2)],
  ["p90 ms", (_, row) => row.summary.p90Ms.toFixed(2)],
  ["p99 ms", (_, row) => row.summary.p99Ms.toFixed(2)],
  ["max ms", (_, row) => row.summary.maxMs.toFixed(1)],
  ["msg/s", (_, row) => row.summary.messagesPerSec.toFixed(0)],
  ["p50 ×floor", (_, row) => (row.vsFloor ? row.vsFloor.p50.toFixed(1) : "—")],
  ["p99 ×floor", (_, row) => (row.vsFloor ? row.vsFloor.p99.toFixed(1) : "—")],
  ["msg/s ×floor", (_, row) => (row.vsFloor ? row.vsFloor.throughput.toFixed(2) : "—")],
  ["pacer lag p99", (_, row) => row.summary.senderLagP99Ms.toFixed(1)],
  ["cpu %", (_, row) => row.process.cpuPercent.toFixed(0)],
  ["RSS MB before→peak", (_, row) => `${row.process.rssBeforeMb.toFixed(0)}→${row.process.rssPeakMb.toFixed(0)}`],
  [
    "heap MB before→peak",
    (_, row) => `${row.process.heapUsedBeforeMb.toFixed(0)}→${row.process.heapUsedPeakMb.toFixed(0)}`,
  ],
];

/** One table for any number of benchmark results. */
export function formatTable(results: BenchResult[]): string {
  const header = COLUMNS.map(([title]) => title);
  const lines = results.flatMap((result) =>
    result.rows.map((row) => COLUMNS.map(([, cell]) => cell(result.bench, row))),
  );
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]?.length ?? 0)));
  const render = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [render(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(render)].join("\n");
}

export function formatNotes(result: BenchResult): string {
  return result.notes.map((note) => `  ${result.bench}: ${note}`).join("\n");
}

/** Writes `bench/results/<bench>-<ISO timestamp>.json` and returns its path. */
export function writeResult(result: BenchResult): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = result.startedAt.replace(/:/g, "-");
  const file = path.join(RESULTS_DIR, `${result.bench}-${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** True when this module is the script tsx was started with (not imported by run-all or a test). */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && path.resolve(script) === fileURLToPath(moduleUrl);
}

/** True when any row lost, duplicated or misrouted a message, or a send failed. */
export function hasDeliveryProblems(results: BenchResult[]): boolean {
  return results.some((result) =>
    result.rows.some((row) => row.warmupProblems > 0 || deliveryProblems(row.summary) > 0),
  );
}
