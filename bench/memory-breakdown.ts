/** What takes a product process's memory: its pages from /proc, its V8 heap from the app's own /api/metrics. */
import fs from "node:fs";

export interface ProcessMemory {
  rssMb: number;
  /** Private memory: the V8 heap, malloc, WebAssembly, thread stacks. */
  anonMb: number;
  /** Pages of mapped files (the node binary, native addons): shared with every process mapping the same files. */
  fileMb: number;
}

const toMb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function processMemory(pid: number | undefined): ProcessMemory {
  if (!pid) throw new Error("the app process was not found among the product's processes");
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: toMb(kb("VmRSS") * 1024), anonMb: toMb(kb("RssAnon") * 1024), fileMb: toMb(kb("RssFile") * 1024) };
}

/** prom-client's default process metrics: one value, or one per label value of `label`. */
export function parseMetric(text: string, name: string): number;
export function parseMetric(text: string, name: string, label: string): Record<string, number>;
export function parseMetric(text: string, name: string, label?: string): number | Record<string, number> {
  const lines = text.split("\n").filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`));
  if (lines.length === 0) throw new Error(`/api/metrics has no ${name}`);
  if (!label) return Number(lines[0]!.split(" ").at(-1));
  return Object.fromEntries(
    lines.flatMap((line) => {
      const value = new RegExp(`${label}="([^"]+)"`).exec(line)?.[1];
      return value ? [[value, Number(line.split(" ").at(-1))]] : [];
    }),
  );
}

export async function readV8Memory(baseUrl: string, metricsToken: string) {
  const reply = await fetch(`${baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  if (!reply.ok) throw new Error(`/api/metrics answered ${reply.status}`);
  const text = await reply.text();
  const spaces = parseMetric(text, "nodejs_heap_space_size_total_bytes", "space");
  return {
    heapTotalMb: toMb(parseMetric(text, "nodejs_heap_size_total_bytes")),
    heapUsedMb: toMb(parseMetric(text, "nodejs_heap_size_used_bytes")),
    externalMb: toMb(parseMetric(text, "nodejs_external_memory_bytes")),
    spacesMb: Object.fromEntries(Object.entries(spaces).map(([space, bytes]) => [space, toMb(bytes)])),
  };
}
