/**
 * `npm run bench`: runs every benchmark in bench/ (each `*-bench.ts` exporting
 * `benchmark`) with its defaults, one after another, and prints one table.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  formatNotes,
  formatTable,
  formatTargets,
  hasDeliveryProblems,
  writeResult,
  type Benchmark,
  type BenchResult,
} from "./bench-report";

async function findBenchmarks(): Promise<Benchmark[]> {
  const files = fs
    .readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith("-bench.ts"))
    .sort();
  const modules = await Promise.all(
    files.map((name) => import(pathToFileURL(path.join(import.meta.dirname, name)).href)),
  );
  return modules.flatMap((module: { benchmark?: Benchmark }) => (module.benchmark ? [module.benchmark] : []));
}

async function main(): Promise<void> {
  const benchmarks = await findBenchmarks();
  const results: BenchResult[] = [];
  for (const benchmark of benchmarks) {
    console.log(`running ${benchmark.name} …`);
    const result = await benchmark.run();
    console.log(`  written ${writeResult(result)} (${result.durationSec.toFixed(1)} s)`);
    results.push(result);
  }
  console.log(`\n${formatTable(results)}\n\n${results.map(formatNotes).join("\n")}\n`);
  const targets = formatTargets(results);
  if (targets) console.log(`${targets}\n`);
  const bad = hasDeliveryProblems(results);
  if (bad)
    console.error("FAILED: messages were lost, duplicated or misrouted, or sends failed (see the table and the JSON)");
  process.exitCode = bad ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
