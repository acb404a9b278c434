/**
 * `npm run load`: the product as `npm start` runs it (embedded, loopback only) under 1,000 realtime
 * connections — bench chats' subscribers and operators among them, exchanging messages — and a fixed
 * rate of mixed portal traffic (landing, /help search, account summary over tRPC, chat.send) for a
 * bounded time. Reports error rate and p50/p99 per traffic class, then proves by per-chat sequence
 * numbers, after a final backfill through chat.messages, that no message was lost or duplicated.
 * Exits non-zero on loss, duplication, more than 1 % errors or a p99 over 1 s (requests queueing
 * means the product does not hold the rate). Runs the production shape — PostgreSQL, Redis, one
 * instance per core — when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, else the embedded setup.
 */
import { parseArgs } from "node:util";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/server/db-client";
import { buildIfChanged } from "@/server/cli/build-if-changed";
import { withBuildLock } from "@/server/cli/build-lock";
import {
  benchServerUrl,
  environment,
  formatNotes,
  formatTable,
  isEntryPoint,
  loadAverage1m,
  writeResult,
  type BenchResult,
  type BenchRow,
} from "./bench-report";
import { createBenchChats, type BenchChat } from "./chat-fixtures";
import { DeliveryTracker, percentile } from "./delivery-tracker";
import { createHttpClient, p99ByWindow, RequestRecorder, runOpenLoop, type HttpClient } from "./http-load";
import { openRealtimeLoad } from "./load-realtime";
import { verifyChats } from "./load-verify";
import { freshRedisDatabase } from "@/server/cli/fresh-redis-database";
import {
  preparePostgresData,
  prepareEmbeddedData,
  startProduct,
  sumMemory,
  type ProductMemory,
} from "./product-server";
import { startProcessProbe } from "./process-probe";
import { chatCookies } from "./session-cookie";

export interface LoadOptions {
  seconds: number;
  /** Before the measured run, ramping up to the rate; reported apart. */
  warmupSeconds: number;
  connections: number;
  rps: number;
  /** Chats whose two sides are among the connections and exchange messages. */
  chats: number;
  /** embedded: PGlite inside the app process (npm start's default); postgres: a throwaway database on BENCH_DATABASE_URL / TEST_DATABASE_URL. */
  database: "embedded" | "postgres";
  /** App instances (postgres only), as behind a load balancer: requests go round robin, one realtime server, Redis when given. */
  instances: number;
}

const DEFAULTS: Omit<LoadOptions, "instances" | "database"> = {
  seconds: 60,
  warmupSeconds: 20,
  connections: 1000,
  rps: 200,
  chats: 100,
};
const WARMUP_STEPS = [0.25, 0.5, 0.75, 1];
const MAX_ERROR_RATE = 0.01;
const MAX_P99_MS = 1_000;
/** A separate Redis database for the load test's limits and pages. */
const LOAD_REDIS_DB = 13;
/** Out of every 10 requests: 2 landing, 2 help search, 3 account summary, 3 chat messages. */
const MIX = [
  "landing",
  "landing",
  "help",
  "help",
  "summary",
  "summary",
  "summary",
  "chat.send",
  "chat.send",
  "chat.send",
] as const;
type TrafficClass = (typeof MIX)[number];
const MESSAGE = "Здравствуйте! Подскажите, пожалуйста, почему списали абонентскую плату дважды?";

export async function runLoadTest(options: LoadOptions): Promise<{ result: BenchResult; failed: boolean }> {
  const startedAt = new Date();
  const began = performance.now();
  const loadAtStart = loadAverage1m();
  return withBuildLock(async () => {
    await buildIfChanged({ ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
    let chats: BenchChat[] = [];
    const fill = async (db: Db) => void (chats = await createBenchChats(db, options.chats));
    const serverUrl = benchServerUrl();
    if (options.database === "postgres" && !serverUrl)
      throw new Error("--database postgres needs BENCH_DATABASE_URL or TEST_DATABASE_URL");
    const postgres = options.database === "postgres" ? await preparePostgresData(serverUrl!, fill) : null;
    const dataDir = postgres ? fs.mkdtempSync(path.join(os.tmpdir(), "portal-load-")) : await prepareEmbeddedData(fill);
    const redisSource = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL;
    const redisUrl = postgres && redisSource ? await freshRedisDatabase(redisSource, LOAD_REDIS_DB) : "";
    const product = await startProduct(dataDir, { databaseUrl: postgres?.databaseUrl, redisUrl });
    const products = [product];
    for (let i = 1; i < options.instances; i++)
      products.push(await startProduct(dataDir, { databaseUrl: postgres?.databaseUrl, redisUrl, besides: product }));
    const tracker = new DeliveryTracker();
    let http: HttpClient[] = [];
    let realtime: Awaited<ReturnType<typeof openRealtimeLoad>> | undefined;
    try {
      const cookies = await chatCookies(product.authSecret, chats);
      const connectStarted = performance.now();
      realtime = await openRealtimeLoad(
        { port: product.pusherPort, key: product.pusherKey, secret: product.pusherSecret },
        chats,
        options.connections,
        tracker,
      );
      const connectSec = (performance.now() - connectStarted) / 1000;
      const memory = () => sumMemory(products.map((p) => p.memory()));
      const idle = memory();
      http = products.map((p) => createHttpClient(p.port, 256));
      const clients = http;
      const recorders = Object.fromEntries(MIX.map((name) => [name, new RequestRecorder()])) as Record<
        TrafficClass,
        RequestRecorder
      >;
      const perChat = new Map<number, number>();
      let chatSends = 0;
      const acknowledged = new Set<string>();
      let peak: ProductMemory = idle;
      const sampler = setInterval(() => {
        const now = memory();
        if (now.totalMb > peak.totalMb) peak = now;
      }, 1_000);
      const ok = (status: number) => (status === 200 ? null : `HTTP ${status}`);
      const sendMixed = async (index: number) => {
        const kind = MIX[index % MIX.length]!;
        const n = Math.floor(index / MIX.length);
        const chatIndex = n % chats.length;
        const cookie = cookies[chatIndex]!;
        const client = clients[index % clients.length]!;
        if (kind === "landing") return ok((await client.call({ method: "GET", path: "/" })).status);
        if (kind === "help")
          return ok(
            (
              await client.call({
                method: "GET",
                path: `/help?q=${encodeURIComponent(["тариф", "роуминг", "баланс"][n % 3]!)}`,
              })
            ).status,
          );
        if (kind === "summary")
          return ok(
            (
              await client.call({
                method: "GET",
                path: "/api/trpc/account.mySummary",
                headers: { cookie: cookie.subscriber },
              })
            ).status,
          );
        const turn = perChat.get(chatIndex) ?? 0;
        perChat.set(chatIndex, turn + 1);
        const clientId = `load-${index}-${turn}`;
        tracker.markSent(clientId, 0);
        chatSends += 1;
        const reply = await client
          .call({
            method: "POST",
            path: "/api/trpc/chat.send",
            headers: { cookie: turn % 2 === 0 ? cookie.subscriber : cookie.operator },
            body: JSON.stringify({ json: { chatId: chats[chatIndex]!.id, text: MESSAGE, clientId } }),
          })
          .catch((error: unknown) => ({ status: 0, body: String(error) }));
        if (reply.status === 200) acknowledged.add(clientId);
        else tracker.markNotSent(clientId, `HTTP ${reply.status} ${reply.body.slice(0, 60)}`);
        return ok(reply.status);
      };
      // A process just started compiles its code and opens its pools on the first requests: ramp it up in
      // four steps to the full rate (as a balancer brings a new instance in) before the measured run.
      const warmup = new RequestRecorder();
      let warmupMs = 0;
      for (const share of WARMUP_STEPS)
        warmupMs += await runOpenLoop(
          Math.max(1, Math.round(options.rps * share)),
          (options.warmupSeconds * 1000) / WARMUP_STEPS.length,
          sendMixed,
          () => warmup,
        );
      const probe = startProcessProbe();
      const durationMs = await runOpenLoop(
        options.rps,
        options.seconds * 1000,
        sendMixed,
        (index) => recorders[MIX[index % MIX.length]!],
      );
      await tracker.settled(chatSends, 10_000);
      clearInterval(sampler);
      const processFigures = probe.stop();
      const verification = await verifyChats(
        clients[0]!,
        chats,
        cookies.map((c) => c.subscriber),
        realtime.logs,
        acknowledged,
      );
      const classes: Array<[string, TrafficClass]> = [
        ["GET / (landing)", "landing"],
        ["GET /help?q= (search)", "help"],
        ["account.mySummary (tRPC)", "summary"],
        ["chat.send (tRPC)", "chat.send"],
      ];
      const rows: BenchRow[] = [
        ...classes.map(([name, kind]) => ({
          name,
          summary: recorders[kind].summary(durationMs),
          process: processFigures,
          warmupProblems: 0,
        })),
        {
          name: "chat delivery: send → other side (live)",
          summary: tracker.summary(),
          process: processFigures,
          warmupProblems: 0,
        },
      ];
      const requests = rows.slice(0, 4).reduce((sum, row) => sum + row.summary.sent, 0);
      const failedRequests = rows.slice(0, 4).reduce((sum, row) => sum + row.summary.sent - row.summary.received, 0);
      const errorRate = requests > 0 ? failedRequests / requests : 1;
      const warmupSummary = warmup.summary(warmupMs);
      const p99Windows = p99ByWindow(Object.values(recorders), 10_000);
      const allLatencies = Object.values(recorders)
        .flatMap((recorder) => recorder.latencies)
        .sort((a, b) => a - b);
      const p99Ms = percentile(allLatencies, 99);
      const failed =
        verification.lost > 0 || verification.duplicated > 0 || errorRate > MAX_ERROR_RATE || p99Ms > MAX_P99_MS;
      const machine = environment(loadAtStart);
      const load = Math.max(machine.loadAverage1m.atStart, machine.loadAverage1m.atEnd);
      const result: BenchResult = {
        bench: "load",
        startedAt: startedAt.toISOString(),
        durationSec: (performance.now() - began) / 1000,
        environment: machine,
        parameters: {
          ...options,
          p99ByTenSecondsMs: p99Windows.map(Math.round),
          connectSec,
          realtimeConnected: realtime.connected,
          realtimeDisconnects: realtime.disconnects,
          requests,
          failedRequests,
          errorRate,
          verification,
          memoryMb: { idle, peak },
        },
        rows,
        notes: [
          `${options.connections} realtime connections (${chats.length * 2} of them the subscriber and operator of ${chats.length} assigned chats, the rest idle), connected in ${connectSec.toFixed(1)} s; ${realtime.disconnects} drops during the run`,
          `${options.rps} requests/s open loop for ${options.seconds} s (latency counts from the planned start), mix per 10: 2 landing, 2 help search, 3 account summary, 3 chat.send alternating subscriber/operator; error rate ${(errorRate * 100).toFixed(2)} % (${failedRequests} of ${requests}); "msg/s" = answered requests/s`,
          `warm-up before the measured run: ${options.warmupSeconds} s ramping ${WARMUP_STEPS.map((share) => Math.round(options.rps * share)).join(" → ")} requests/s, ${warmupSummary.received} answered, ${warmupSummary.sent - warmupSummary.received} failed, p99 ${Math.round(warmupSummary.p99Ms)} ms (not in the table)`,
          `p99 of all requests ${Math.round(p99Ms)} ms; by 10-s window of the run: ${p99Windows.map((p99, i) => `${i * 10}–${i * 10 + 10} s ${Math.round(p99)} ms`).join(", ")}`,
          `sequence check after a final backfill through chat.messages: ${verification.messages} messages in ${chats.length} chats, lost ${verification.lost}, duplicated ${verification.duplicated}, missed live and filled by backfill ${verification.missedLive}, holes ${verification.holes}`,
          `product memory (VmRSS): idle with all connections next ${idle.nextMb} MB, realtime ${idle.realtimeMb} MB, tree ${idle.totalMb} MB; peak under load next ${peak.nextMb} MB, realtime ${peak.realtimeMb} MB, tree ${peak.totalMb} MB`,
          `database: ${options.database === "postgres" ? "PostgreSQL on this machine (DATABASE_URL)" : "embedded PGlite in the app process"}; ${options.instances} app instance(s)${options.instances > 1 ? ", requests round robin as a load balancer would, one realtime server" : ""}; Redis ${redisUrl ? "on this machine (limits, page cache)" : "none (memory)"}`,
          "sessions are minted JWT cookies for bench accounts (sign-in excluded); channel auth signed in the load generator; all traffic on loopback; the load generator shares the 2 cores with the product",
          ...(load > machine.cpus
            ? [
                `WARNING the machine was busy (1-min load up to ${load} on ${machine.cpus} cores): figures are pessimistic`,
              ]
            : []),
          ...(failed
            ? [
                `FAILED: loss, duplication, error rate above ${MAX_ERROR_RATE * 100} % or p99 of all requests (${Math.round(p99Ms)} ms) above ${MAX_P99_MS} ms`,
              ]
            : []),
        ],
      };
      return { result, failed };
    } finally {
      realtime?.close();
      http.forEach((client) => client.close());
      for (const running of products.reverse()) await running.stop();
      await postgres?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

function parseOptions(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      rps: { type: "string" },
      chats: { type: "string" },
      database: { type: "string" },
      instances: { type: "string" },
    },
    strict: true,
  });
  if (values.database && values.database !== "embedded" && values.database !== "postgres")
    throw new Error("--database must be embedded or postgres");
  const pick = (flag: string, raw: string | undefined, fallback: number, max: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new Error(`--${flag} must be an integer from 1 to ${max}`);
    return value;
  };
  const connections = pick("connections", values.connections, DEFAULTS.connections, 20_000);
  const serverConfigured = Boolean(benchServerUrl());
  const database =
    (values.database as LoadOptions["database"] | undefined) ?? (serverConfigured ? "postgres" : "embedded");
  return {
    seconds: pick("seconds", values.seconds, DEFAULTS.seconds, 600),
    warmupSeconds: values.warmup === "0" ? 0 : pick("warmup", values.warmup, DEFAULTS.warmupSeconds, 600),
    connections,
    rps: pick("rps", values.rps, DEFAULTS.rps, 5_000),
    chats: Math.min(pick("chats", values.chats, DEFAULTS.chats, 5_000), Math.floor(connections / 2)),
    database,
    // One process per core is how PostgreSQL deployments run; the embedded database lives in one process.
    instances:
      database === "postgres"
        ? pick("instances", values.instances, os.cpus().length, 16)
        : pick("instances", values.instances, 1, 1),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  console.log(
    `load test: ${options.connections} connections, ${options.rps} req/s for ${options.seconds} s on the ${options.database} database, ${options.instances} app instance(s) …`,
  );
  const { result, failed } = await runLoadTest(options);
  console.log(`\n${formatTable([result])}\n\n${formatNotes(result)}\n`);
  console.log(`written ${writeResult(result)} (${result.durationSec.toFixed(1)} s)`);
  process.exitCode = failed ? 1 : 0;
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
