/**
 * `npm run bench:memory`: the app process's memory in the production shape — PostgreSQL, the realtime server
 * beside it, `npm start`'s own process tree — idle after a warm-up of the pages people open, then its peak under a
 * burst of portal traffic. The idle figure is the target (issue 19: ≤ 250 MB per instance); the note says what
 * takes it, from /proc (anonymous vs file-backed pages) and the app's own V8 figures on /api/metrics.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { buildIfChanged } from "@/server/cli/build-if-changed";
import { withBuildLock } from "@/server/cli/build-lock";
import {
  benchServerUrl,
  environment,
  skippedWithoutPostgres,
  formatNotes,
  formatTable,
  formatTargets,
  isEntryPoint,
  loadAverage1m,
  writeResult,
  type Benchmark,
  type BenchResult,
} from "./bench-report";
import { createHttpClient, runClosedLoop } from "./http-load";
import { processMemory, readV8Memory, type ProcessMemory } from "./memory-breakdown";
import { preparePostgresData, startProduct, type ProductServer } from "./product-server";
import { startProcessProbe } from "./process-probe";
import { sessionCookie } from "./session-cookie";

const IDLE_LIMIT_MB = 250;
/** Long enough for V8's memory reducer to collect after the warm-up (it waits for the allocation rate to drop). */
const IDLE_SECONDS = 45;
const BURST_SECONDS = 20;
const BURST_USERS = 20;
/** What visitors open (without a session: a subscriber's /login is a redirect) and what a subscriber opens. */
const VISITOR_PAGES = ["/", "/login", "/help", "/help?q=%D1%82%D0%B0%D1%80%D0%B8%D1%84", "/api/health"];
const SUBSCRIBER_PAGES = ["/account", "/account/payments", "/account/tariffs", "/api/trpc/account.mySummary"];
const PAGES = [
  ...VISITOR_PAGES.map((path) => ({ path, signedIn: false })),
  ...SUBSCRIBER_PAGES.map((path) => ({ path, signedIn: true })),
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The idle process, sampled each second: the settled figure is the last sample, after V8 collected. */
async function idleSamples(product: ProductServer, seconds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < seconds; i++) {
    await sleep(1_000);
    samples.push(product.memory().nextMb);
  }
  return samples;
}

async function burst(product: ProductServer, cookie: string) {
  const client = createHttpClient(product.port, BURST_USERS);
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, product.memory().nextMb)), 250);
  const probe = startProcessProbe();
  const summary = await runClosedLoop(BURST_USERS, BURST_SECONDS * 1000, async (user, i) => {
    const page = PAGES[(user + i) % PAGES.length]!;
    const reply = await client.call({ method: "GET", path: page.path, headers: page.signedIn ? { cookie } : {} });
    return reply.status === 200 ? null : `HTTP ${reply.status} ${reply.body.slice(0, 60)}`;
  });
  clearInterval(sampler);
  client.close();
  return { summary, process: probe.stop(), peakMb: Math.max(peakMb, product.memory().nextMb) };
}

function breakdownNote(idleMb: number, proc: ProcessMemory, v8: Awaited<ReturnType<typeof readV8Memory>>): string {
  const spaces = Object.entries(v8.spacesMb)
    .filter(([, mb]) => mb >= 0.5)
    .map(([space, mb]) => `${space} ${mb.toFixed(0)}`)
    .join(", ");
  const otherAnon = proc.anonMb - v8.heapTotalMb - v8.externalMb;
  return (
    `idle ${idleMb.toFixed(0)} MB = V8 heap ${v8.heapTotalMb.toFixed(0)} MB (${spaces}; mostly the source and ` +
    `bytecode of the loaded modules) + external ${v8.externalMb.toFixed(0)} MB + other anonymous ` +
    `${otherAnon.toFixed(0)} MB (malloc arenas, Prisma's query-compiler WebAssembly, thread stacks) + file-backed ` +
    `${proc.fileMb.toFixed(0)} MB (the node binary and native addons, shared with other node processes)`
  );
}

export async function runMemoryBench(): Promise<BenchResult> {
  const startedAt = new Date();
  const began = performance.now();
  const loadAtStart = loadAverage1m();
  const base = { bench: "memory", startedAt: startedAt.toISOString(), parameters: { IDLE_SECONDS, BURST_SECONDS } };
  const serverUrl = benchServerUrl();
  if (!serverUrl) return skippedWithoutPostgres(base, loadAtStart);
  return withBuildLock(async () => {
    await buildIfChanged({ ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
    let subscriberId = "";
    const postgres = await preparePostgresData(serverUrl, async (db) => {
      subscriberId = (await db.subscriberAccount.findFirstOrThrow({ select: { id: true } })).id;
    });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-memory-"));
    const metricsToken = randomBytes(16).toString("hex");
    const product = await startProduct(dataDir, {
      databaseUrl: postgres.databaseUrl,
      env: { METRICS_TOKEN: metricsToken },
    });
    try {
      const startedMb = product.memory().nextMb;
      const cookie = await sessionCookie(product.authSecret, "subscriber", subscriberId);
      for (const page of PAGES) {
        const reply = await fetch(`${product.baseUrl}${page.path}`, { headers: page.signedIn ? { cookie } : {} });
        if (reply.status !== 200) throw new Error(`warm-up: ${page.path} answered ${reply.status}`);
        await reply.arrayBuffer();
      }
      const idle = await idleSamples(product, IDLE_SECONDS);
      const idleMb = idle.at(-1)!;
      const proc = processMemory(product.nextPid());
      const v8 = await readV8Memory(product.baseUrl, metricsToken);
      const loaded = await burst(product, cookie);
      const machine = environment(loadAtStart);
      return {
        ...base,
        durationSec: (performance.now() - began) / 1000,
        environment: machine,
        parameters: { ...base.parameters, memoryMb: { startedMb, idle, idleMb, proc, v8, peakMb: loaded.peakMb } },
        rows: [
          {
            name: `portal pages, ${BURST_USERS} users (next RSS peak ${loaded.peakMb.toFixed(0)} MB)`,
            summary: loaded.summary,
            process: loaded.process,
            warmupProblems: 0,
          },
        ],
        targets: [
          {
            figure: "next process RSS idle per instance (PostgreSQL)",
            measured: `${idleMb.toFixed(0)} MB idle after warm-up (limit ${IDLE_LIMIT_MB} MB); peak under load ${loaded.peakMb.toFixed(0)} MB`,
            ratio: idleMb / IDLE_LIMIT_MB,
            direction: "max",
            limit: 1,
          },
        ],
        notes: [
          `the app process of npm start on PostgreSQL (production build, realtime server beside): ${startedMb.toFixed(0)} MB once listening; after one request to each of ${PAGES.length} pages (visitor and signed-in subscriber) and ${IDLE_SECONDS} s idle, ${idleMb.toFixed(0)} MB (samples ${idle[0]!.toFixed(0)} → ${Math.min(...idle).toFixed(0)} min)`,
          breakdownNote(idleMb, proc, v8),
          `under ${BURST_SECONDS} s of ${BURST_USERS} users on those pages (${loaded.summary.sent} requests, ${loaded.summary.messagesPerSec.toFixed(0)}/s) the app process peaked at ${loaded.peakMb.toFixed(0)} MB; its V8 old space is capped by APP_MAX_HEAP_MB`,
          `machine load (1-min average) ${machine.loadAverage1m.atStart} at start, ${machine.loadAverage1m.atEnd} at end`,
        ],
      };
    } finally {
      await product.stop();
      await postgres.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

export const benchmark: Benchmark = { name: "memory", run: () => runMemoryBench() };

if (isEntryPoint(import.meta.url)) {
  runMemoryBench()
    .then((result) => {
      console.log(`\n${formatTable([result])}\n\n${formatNotes(result)}\n\n${formatTargets([result])}\n`);
      console.log(`written ${writeResult(result)} (${result.durationSec.toFixed(1)} s)`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
