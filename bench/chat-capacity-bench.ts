/**
 * `npm run bench:chat-capacity`: the highest sustained rate of subscriber↔operator chat messages — chat.send
 * over HTTP to the product, until the other side's pusher-js event — with p99 ≤ 150 ms and nothing lost, on the
 * production shape: PostgreSQL, one app instance per core, the realtime server beside them. The rate goes up
 * step by step until a step fails; the knee is the last step that held. Beside it, the same steps through a
 * bare ws relay that INSERTs each message into the same PostgreSQL (bench/capacity-floor.ts).
 */
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildIfChanged } from "@/server/cli/build-if-changed";
import { withBuildLock } from "@/server/cli/build-lock";
import type { Db } from "@/server/db-client";
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
  type BenchRow,
} from "./bench-report";
import { openInsertFloor } from "./capacity-floor";
import { createBenchChats, type BenchChat } from "./chat-fixtures";
import { DeliveryTracker, deliveryProblems, type LatencySummary } from "./delivery-tracker";
import { createHttpClient, RequestRecorder, runOpenLoop, type HttpClient } from "./http-load";
import { openRealtimeLoad } from "./load-realtime";
import { preparePostgresData, startProduct, type ProductServer } from "./product-server";
import { startProcessProbe } from "./process-probe";
import { chatCookies } from "./session-cookie";
import { integerFlag } from "./cli-args";

export interface CapacityOptions {
  /** Messages a second of each step, lowest first. */
  rates: number[];
  secondsPerStep: number;
  chats: number;
  instances: number;
}

export const DEFAULT_CAPACITY_OPTIONS: CapacityOptions = {
  rates: [25, 50, 100, 150, 200, 300, 400, 600],
  secondsPerStep: 10,
  chats: 200,
  instances: os.cpus().length,
};
const MAX_P99_MS = 150;
const TARGET_MSG_PER_SEC = 300;
const DRAIN_MS = 5_000;
const MESSAGE = "Здравствуйте! Подскажите, пожалуйста, почему списали абонентскую плату дважды?";

export type Send = (index: number, id: string) => Promise<string | null>;

/** Receipts go to the tracker of the step that sent the message (its id starts with the step's tag). */
export class StepTrackers {
  private readonly byTag = new Map<string, DeliveryTracker>();
  open(tag: string): DeliveryTracker {
    const tracker = new DeliveryTracker();
    this.byTag.set(tag, tracker);
    return tracker;
  }
  markReceived(id: string): void {
    this.of(id)?.markReceived(id);
  }
  markNotSent(id: string, reason: string): void {
    this.of(id)?.markNotSent(id, reason);
  }
  private of(id: string) {
    return this.byTag.get(id.slice(0, id.indexOf("-")));
  }
}

/** One step: `rate` messages a second for the step's seconds, each tracked from its send to the other side. */
async function runStep(step: Step, send: Send, trackers: StepTrackers, cpu?: () => number) {
  const { name, tag, rate, seconds } = step;
  const tracker = trackers.open(tag);
  const cpuBefore = cpu?.();
  const calls = new RequestRecorder();
  const probe = startProcessProbe();
  const durationMs = await runOpenLoop(
    rate,
    seconds * 1000,
    async (index) => {
      const id = `${tag}-message-${index}`; // chat.send takes client ids of 8 characters or more
      tracker.markSent(id, 0);
      const failure = await send(index, id).catch((error: unknown) => String(error));
      if (failure) tracker.markNotSent(id, failure);
      return failure;
    },
    () => calls,
  );
  await tracker.settled(Math.floor((rate * seconds * 1000) / 1000), DRAIN_MS);
  const summary = tracker.summary();
  const held = deliveryProblems(summary) === 0 && summary.p99Ms <= MAX_P99_MS;
  const row: BenchRow = { name: `${name} at ${rate} msg/s`, summary, process: probe.stop(), warmupProblems: 0 };
  const cpuMsPerMessage = cpuBefore === undefined ? null : ((cpu!() - cpuBefore) * 1000) / Math.max(1, summary.sent);
  return { row, held, callP99Ms: calls.summary(durationMs).p99Ms, cpuMsPerMessage };
}

interface Step {
  name: string;
  tag: string;
  rate: number;
  seconds: number;
}

/** Steps up through the rates until one fails; returns every step's row and the knee (0 when none held). */
export async function climb(
  name: string,
  options: CapacityOptions,
  send: Send,
  trackers: StepTrackers,
  cpu?: () => number,
) {
  const rows: BenchRow[] = [];
  const cpuMsPerMessage: Array<number | null> = [];
  let knee = 0;
  await runStep({ name: `${name} warm-up`, tag: "warm", rate: options.rates[0]!, seconds: 3 }, send, trackers);
  for (const rate of options.rates) {
    const step = await runStep({ name, tag: `r${rate}`, rate, seconds: options.secondsPerStep }, send, trackers, cpu);
    rows.push(step.row);
    cpuMsPerMessage.push(step.cpuMsPerMessage);
    if (!step.held) break;
    knee = rate;
  }
  return { rows, knee, cpuMsPerMessage };
}

function productSend(products: ProductServer[], chats: BenchChat[], cookies: Awaited<ReturnType<typeof chatCookies>>) {
  const clients: HttpClient[] = products.map((p) => createHttpClient(p.port, 256));
  const turns = new Map<number, number>();
  const send: Send = async (index, clientId) => {
    const chat = index % chats.length;
    const turn = turns.get(chat) ?? 0;
    turns.set(chat, turn + 1);
    const reply = await clients[index % clients.length]!.call({
      method: "POST",
      path: "/api/trpc/chat.send",
      headers: { cookie: turn % 2 === 0 ? cookies[chat]!.subscriber : cookies[chat]!.operator },
      body: JSON.stringify({ json: { chatId: chats[chat]!.id, text: MESSAGE, clientId } }),
    });
    return reply.status === 200 ? null : `HTTP ${reply.status} ${reply.body.slice(0, 60)}`;
  };
  return { send, close: () => clients.forEach((client) => client.close()) };
}

export async function runChatCapacityBench(options: CapacityOptions = DEFAULT_CAPACITY_OPTIONS): Promise<BenchResult> {
  const startedAt = new Date();
  const began = performance.now();
  const loadAtStart = loadAverage1m();
  const base = { bench: "chat-capacity", startedAt: startedAt.toISOString(), parameters: { ...options } };
  const serverUrl = benchServerUrl();
  if (!serverUrl) return skippedWithoutPostgres(base, loadAtStart);
  return withBuildLock(async () => {
    await buildIfChanged({ ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
    let chats: BenchChat[] = [];
    const postgres = await preparePostgresData(
      serverUrl,
      async (db: Db) => void (chats = await createBenchChats(db, options.chats)),
    );
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-capacity-"));
    const products: ProductServer[] = [];
    const closers: Array<() => unknown> = [];
    try {
      const first = await startProduct(dataDir, { databaseUrl: postgres.databaseUrl });
      products.push(first);
      for (let i = 1; i < options.instances; i++)
        products.push(await startProduct(dataDir, { databaseUrl: postgres.databaseUrl, besides: first }));
      const productTrackers = new StepTrackers();
      const realtime = await openRealtimeLoad(
        { port: first.pusherPort, key: first.pusherKey, secret: first.pusherSecret },
        chats,
        chats.length * 2,
        productTrackers,
      );
      closers.push(() => realtime.close());
      const product = productSend(products, chats, await chatCookies(first.authSecret, chats));
      closers.push(product.close);
      // The app instances' and the realtime server's CPU, per message: what a step costs, whatever else runs.
      const productCpu = () =>
        products.reduce((sum, p) => {
          const cpu = p.cpu();
          return sum + cpu.nextSec + cpu.realtimeSec;
        }, 0);
      const ours = await climb("chat.send → other side", options, product.send, productTrackers, productCpu);

      const floor = await openInsertFloor(postgres.databaseUrl, chats.length, 10 * options.instances);
      closers.push(() => floor.close());
      const turns = new Map<number, number>();
      const floorSend: Send = async (index, id) => {
        const pair = index % chats.length;
        const turn = turns.get(pair) ?? 0;
        turns.set(pair, turn + 1);
        floor.send(pair, turn % 2 === 0, id, MESSAGE);
        return null;
      };
      const floorTrackers = new StepTrackers();
      floor.tracker = floorTrackers;
      const bare = await climb("floor: ws relay + INSERT", options, floorSend, floorTrackers);
      return {
        ...base,
        durationSec: (performance.now() - began) / 1000,
        environment: environment(loadAtStart),
        rows: [...ours.rows, ...bare.rows],
        targets: [
          {
            figure: "chat capacity: knee (p99 ≤ 150 ms, 0 lost) vs 300 msg/s",
            measured: `knee ${ours.knee} msg/s; floor (ws relay + INSERT) knee ${bare.knee} msg/s`,
            ratio: ours.knee / TARGET_MSG_PER_SEC,
            direction: "min",
            limit: 1,
          },
        ],
        notes: [
          ...capacityNotes(options, ours.knee, bare.knee, ours.rows.at(-1)?.summary),
          `product CPU per message (app instances + realtime server, user + system): ${ours.rows
            .map((row, i) => `${row.name.split(" at ")[1]} ${ours.cpuMsPerMessage[i]?.toFixed(2) ?? "?"} ms`)
            .join(", ")}`,
        ],
      };
    } finally {
      for (const close of closers.reverse()) await close();
      for (const running of products.reverse()) await running.stop();
      await postgres.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

function capacityNotes(options: CapacityOptions, knee: number, floorKnee: number, lastStep?: LatencySummary): string[] {
  return [
    `steps of ${options.secondsPerStep} s at ${options.rates.join(", ")} msg/s over ${options.chats} chats, alternating subscriber and operator; a step holds when p99 (send call → the other side's event) ≤ ${MAX_P99_MS} ms with nothing lost, duplicated or refused; the climb stops at the first step that does not hold`,
    `knee: ${knee} msg/s with ${options.instances} app instance(s) on PostgreSQL and the realtime server of the first; floor knee ${floorKnee} msg/s${floorKnee === options.rates.at(-1) ? " (the highest step: the floor's true knee is higher)" : ""}`,
    ...(lastStep ? [`last step of the product: p99 ${Math.round(lastStep.p99Ms)} ms, lost ${lastStep.lost}`] : []),
    "sessions are minted JWT cookies (sign-in excluded); the load generator shares the cores with the product",
  ];
}

export const benchmark: Benchmark = { name: "chat-capacity", run: () => runChatCapacityBench() };

function parseOptions(argv: string[]): CapacityOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      rates: { type: "string" },
      seconds: { type: "string" },
      chats: { type: "string" },
      instances: { type: "string" },
    },
    strict: true,
  });
  const d = DEFAULT_CAPACITY_OPTIONS;
  return {
    rates: values.rates ? values.rates.split(",").map((rate) => integerFlag("rates", rate, 0)) : d.rates,
    secondsPerStep: integerFlag("seconds", values.seconds, d.secondsPerStep),
    chats: integerFlag("chats", values.chats, d.chats),
    instances: integerFlag("instances", values.instances, d.instances, 1, 16),
  };
}

if (isEntryPoint(import.meta.url)) {
  (async () => {
    const result = await runChatCapacityBench(parseOptions(process.argv.slice(2)));
    console.log(`\n${formatTable([result])}\n\n${formatNotes(result)}\n\n${formatTargets([result])}\n`);
    console.log(`written ${writeResult(result)} (${result.durationSec.toFixed(1)} s)`);
  })().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
