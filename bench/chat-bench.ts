/**
 * `npm run bench:chat`: latency of a chat message from one side's send to the other
 * side's pusher-js "message" event, under a paced load of N concurrent chats, next to a
 * bare-`ws` floor and a publish-only row. Everything runs in this process on loopback,
 * except one realtime server forked only to measure its own memory per connection.
 */
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { createPusherPublisher } from "@/server/realtime/publisher";
import { createRealtimeServer } from "@/server/realtime/server";
import { createTestDb } from "@/server/testing/test-db";
import {
  environment,
  formatNotes,
  formatTable,
  hasDeliveryProblems,
  isEntryPoint,
  loadAverage1m,
  ratiosAgainst,
  writeResult,
  type Benchmark,
  type BenchResult,
  type BenchRow,
} from "./bench-report";
import {
  chatBenchUsage,
  DEFAULT_CHAT_BENCH_OPTIONS,
  minChatSpacingMs,
  parseChatBenchArgs,
  type ChatBenchOptions,
} from "./chat-bench-options";
import { connectChatClients, type ChatClients } from "./chat-clients";
import { createBenchChats } from "./chat-fixtures";
import {
  pusherFrameBytes,
  runPublishOnlyPhase,
  runStoredPhase,
  sampleView,
  type ChatPhaseContext,
} from "./chat-phases";
import { deliveryProblems, type DeliveryTracker } from "./delivery-tracker";
import { planSends, type PacingPlan } from "./pacing";
import { startProcessProbe } from "./process-probe";
import { measureRealtimeMemory } from "./realtime-process";
import { openFloor, runFloorPhase } from "./ws-floor";

const APP = { appId: "bench", key: "bench-key", secret: "bench-secret" };
/** After everything arrived, listen a little longer so late duplicates are counted too. */
const DUPLICATE_GRACE_MS = 250;
const SAMPLE_TEXT = "Здравствуйте! После смены тарифа не работает мобильный интернет, проверьте, пожалуйста. ";
const MB = 1024 * 1024;

type Phase = (plan: PacingPlan, prefix: string) => Promise<DeliveryTracker>;

export async function runChatBench(options: ChatBenchOptions = DEFAULT_CHAT_BENCH_OPTIONS): Promise<BenchResult> {
  const startedAt = new Date();
  const loadAtStart = loadAverage1m();
  const atStart = process.memoryUsage();
  const clock = lapClock();
  const text = SAMPLE_TEXT.repeat(Math.ceil(options.textLength / SAMPLE_TEXT.length))
    .slice(0, options.textLength)
    .trim();
  const plan = planSends(options.chats, options.messages, options.rate, minChatSpacingMs(options.messages));
  // One message each way on the first chats, unmeasured: JIT, the SDK's keep-alive sockets, Prisma's query cache.
  const warmup =
    options.warmupChats > 0
      ? planSends(options.warmupChats, 2, options.rate, minChatSpacingMs(options.messages))
      : undefined;
  const frameBytes = pusherFrameBytes(sampleView("c".repeat(25), "bench-db-000000-000", text, "SUBSCRIBER", 1));
  const measure = async (name: string, phase: Phase): Promise<BenchRow> => {
    const warm = warmup ? await settle(await phase(warmup, "warm"), warmup, options.drainMs) : undefined;
    const probe = startProcessProbe();
    const summary = await settle(await phase(plan, "bench"), plan, options.drainMs);
    return { name, summary, process: probe.stop(), warmupProblems: warm ? deliveryProblems(warm) : 0 };
  };

  const floor = await openFloor(options.chats, frameBytes);
  let floorRow: BenchRow;
  try {
    floorRow = await measure("ws floor (A→server→B)", (p, prefix) => runFloorPhase(floor, p, prefix));
  } finally {
    await floor.close();
  }
  const timingsMs: Record<string, number> = { floor: clock.lap() };

  const testDb = await createTestDb();
  timingsMs.migratedDatabase = clock.lap();
  const databaseReady = process.memoryUsage();
  const server = createRealtimeServer({ ...APP, port: 0 });
  let clients: ChatClients | undefined;
  try {
    const { port } = await server.start();
    const publisher = createPusherPublisher({
      PUSHER_APP_ID: APP.appId,
      PUSHER_KEY: APP.key,
      PUSHER_SECRET: APP.secret,
      PUSHER_HOST: "127.0.0.1",
      PUSHER_PORT: port,
      PUSHER_TLS: false,
      PUSHER_CLUSTER: "mt1",
    });
    const chats = await createBenchChats(testDb.db, options.chats);
    timingsMs.chatFixtures = clock.lap();
    const realtimeMemory = await measureRealtimeMemory(APP, (port) =>
      connectChatClients(testDb.db, publisher, { key: APP.key, port }, chats),
    );
    timingsMs.realtimeMemory = clock.lap();
    clients = await connectChatClients(testDb.db, publisher, { key: APP.key, port }, chats);
    timingsMs.connectAndSubscribe = clock.lap();
    const afterConnect = process.memoryUsage();
    const context: ChatPhaseContext = { db: testDb.db, publisher, chats, clients, text };
    const publishRow = await measure("publish only (SDK→pusher-js)", (p, prefix) =>
      runPublishOnlyPhase(context, p, `${prefix}-pub`),
    );
    timingsMs.publishOnly = clock.lap();
    const storedRow = await measure("chat: store in DB + publish", (p, prefix) =>
      runStoredPhase(context, p, `${prefix}-db`),
    );
    timingsMs.storeAndPublish = clock.lap();
    const rows = [
      floorRow,
      { ...publishRow, vsFloor: ratiosAgainst(floorRow.summary, publishRow.summary) },
      { ...storedRow, vsFloor: ratiosAgainst(floorRow.summary, storedRow.summary) },
    ];
    const machine = environment(loadAtStart);

    return {
      bench: "chat",
      startedAt: startedAt.toISOString(),
      durationSec: round(clock.total() / 1000),
      environment: machine,
      parameters: {
        ...options,
        database: testDb.kind === "pglite" ? "PGlite in memory" : "PostgreSQL (TEST_DATABASE_URL)",
        offeredRatePerSec: round(plan.offeredRate),
        chatSpacingMs: round(plan.chatSpacingMs),
        messagesPerPhase: plan.sends.length,
        pusherFrameBytes: frameBytes,
        pusherClients: options.chats * 2,
        realtimeServer: server.stats(),
        timingsMs,
        processMemoryMb: {
          atStart: memory(atStart),
          databaseReady: memory(databaseReady),
          allClientsSubscribed: memory(afterConnect),
        },
        realtimeServerMemoryMb: realtimeMemory,
      },
      rows,
      notes: [
        `${options.chats} chats × ${options.messages} messages per path, offered ${plan.offeredRate.toFixed(0)} msg/s (each chat every ${plan.chatSpacingMs.toFixed(0)} ms, subscriber and operator taking turns); msg/s can only reach the offered rate, it is not a capacity figure`,
        `database: ${testDb.kind === "pglite" ? "PGlite in memory (set TEST_DATABASE_URL for PostgreSQL)" : "PostgreSQL"}; ${options.chats * 2} pusher-js clients connected and subscribed in ${(timingsMs.connectAndSubscribe / 1000).toFixed(1)} s, each authorized by the chat domain + the SDK's authorizeChannel`,
        `memory is this whole process (realtime server, database, Prisma, SDK and all clients share it): RSS ${mb(atStart.rss)} MB at start, ${mb(databaseReady.rss)} MB with the database ready, ${mb(afterConnect.rss)} MB with the realtime server and all clients subscribed (heapUsed ${mb(databaseReady.heapUsed)} → ${mb(afterConnect.heapUsed)} MB), peak ${Math.max(...rows.map((r) => r.process.rssPeakMb)).toFixed(0)} MB`,
        `realtime server RSS/heap per 1,000 connections: ${realtimeMemory.per1000ConnectionsMb.rss.toFixed(1)} / ${realtimeMemory.per1000ConnectionsMb.heapUsed.toFixed(1)} MB (the server alone in a process, after a full GC: RSS ${realtimeMemory.idleMb.rss.toFixed(0)} → ${realtimeMemory.connectedMb.rss.toFixed(0)} MB, heapUsed ${realtimeMemory.idleMb.heapUsed.toFixed(1)} → ${realtimeMemory.connectedMb.heapUsed.toFixed(1)} MB with these ${realtimeMemory.connections} clients on ${realtimeMemory.channels} channels)`,
        "every message reaches both clients of its chat (the sender's own too); latency runs from the send call to the OTHER side's event; the floor relays to one socket",
        ...warnings(rows, plan, machine),
      ],
    };
  } finally {
    clients?.disconnect();
    await server.stop();
    await testDb.close();
  }
}

async function settle(tracker: DeliveryTracker, plan: PacingPlan, drainMs: number) {
  await tracker.settled(plan.sends.length, drainMs);
  await sleep(DUPLICATE_GRACE_MS);
  return tracker.summary();
}

/** Says when a row's figures are queueing rather than latency, and when the machine was busy with other work. */
function warnings(rows: BenchRow[], plan: PacingPlan, machine: BenchResult["environment"]): string[] {
  // A path that keeps up finishes about when the last send is due; one that does not drags a queue behind it.
  const notes = rows
    .filter((row) => row.summary.durationMs > plan.spanMs * 1.1 + 1_000)
    .map(
      (row) =>
        `WARNING ${row.name} did not keep up: the last message arrived ${((row.summary.durationMs - plan.spanMs) / 1000).toFixed(1)} s after the last send was due, so its latencies are mostly queueing; lower --rate`,
    );
  for (const row of rows.filter((r) => r.warmupProblems > 0))
    notes.push(`WARNING ${row.name}: ${row.warmupProblems} delivery problems during warm-up`);
  const load = Math.max(machine.loadAverage1m.atStart, machine.loadAverage1m.atEnd);
  if (load > machine.cpus)
    notes.push(
      `WARNING the machine was busy (1-min load up to ${load} on ${machine.cpus} cores): other processes took CPU, figures are pessimistic`,
    );
  return notes;
}

function lapClock() {
  const began = performance.now();
  let last = began;
  return {
    lap() {
      const now = performance.now();
      const ms = round(now - last);
      last = now;
      return ms;
    },
    total: () => performance.now() - began,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
const mb = (bytes: number) => (bytes / MB).toFixed(0);
const memory = (usage: NodeJS.MemoryUsage) => ({ rss: round(usage.rss / MB), heapUsed: round(usage.heapUsed / MB) });

export const benchmark: Benchmark = { name: "chat", run: () => runChatBench() };

async function main(): Promise<void> {
  let options: ReturnType<typeof parseChatBenchArgs>;
  try {
    options = parseChatBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${chatBenchUsage()}`);
    process.exitCode = 2;
    return;
  }
  if (options === "help") return console.log(chatBenchUsage());
  const perPathSec =
    planSends(options.chats, options.messages, options.rate, minChatSpacingMs(options.messages)).spanMs / 1000;
  console.log(
    `chat bench: ${options.chats} chats × ${options.messages} messages, offered ≤ ${options.rate} msg/s, about ${perPathSec.toFixed(0)} s per path …`,
  );
  // Every wait has its own timeout; this only guards against a hang nobody foresaw.
  const watchdogSec = 3 * (perPathSec + options.drainMs / 1000) + 180;
  setTimeout(() => {
    console.error(`chat bench: still running after ${watchdogSec.toFixed(0)} s, giving up`);
    process.exit(2);
  }, watchdogSec * 1000).unref();
  const result = await runChatBench(options);
  console.log(`\n${formatTable([result])}\n\n${formatNotes(result)}\n`);
  console.log(`written ${writeResult(result)} (${result.durationSec.toFixed(1)} s)`);
  if (hasDeliveryProblems([result])) {
    console.error("FAILED: messages were lost, duplicated or misrouted, or sends failed (see the table and the JSON)");
    process.exitCode = 1;
  }
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
