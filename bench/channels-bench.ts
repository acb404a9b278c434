/**
 * `npm run bench:channels`: the product as `npm start` runs it, with a Telegram inbox pointed at a fake Bot API
 * in this process. Inbound: Telegram webhooks at 100/s for 30 s → the operator's pusher-js client gets the
 * message event; beside it the site chat (the subscriber's chat.send) at the same rate. Outbound: the operator's
 * chat.send → the fake Bot API receives sendMessage (through the relay and the outbox); beside it the site
 * subscriber's pusher-js client. Loopback only; every loop is bounded by its planned count.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { withBuildLock } from "@/server/cli/build-lock";
import { startFakeBotApi } from "@/server/channels/telegram/fake-bot-api";
import { SECRET_HEADER } from "@/server/channels/telegram/parse-update";
import {
  environment,
  formatNotes,
  formatTable,
  hasDeliveryProblems,
  isEntryPoint,
  loadAverage1m,
  writeResult,
  type Benchmark,
  type BenchResult,
  type BenchRow,
} from "./bench-report";
import { listenToChats, prepareChannelBench, type ChannelBenchWorld } from "./channel-bench-setup";
import { DeliveryTracker } from "./delivery-tracker";
import { idOf, sessionCookie } from "./session-cookie";
import { startProcessProbe } from "./process-probe";
import { prepareEmbeddedData, startProduct } from "./product-server";

const INBOUND_RATE = Number(process.env.CHANNEL_BENCH_RATE ?? 100);
const REPLY_RATE = Number(process.env.CHANNEL_BENCH_REPLY_RATE ?? 20);
const SECONDS = Number(process.env.CHANNEL_BENCH_SECONDS ?? 30);
/** Enough chats that no chat passes the per-chat send limit (20 per 10 s) at the inbound rate. */
const CHATS = 100;
const DRAIN_MS = 20_000;

/** Sends `count` requests at `rate` per second, each timed from its own start; waits for the receipts after. */
/** Requests in flight at once: Telegram's own default for a webhook (setWebhook max_connections = 40). */
const MAX_IN_FLIGHT = 40;
let inFlight = 0;
const waiting: Array<() => void> = [];
async function limited(request: () => Promise<Response>): Promise<Response> {
  if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  inFlight += 1;
  try {
    return await request();
  } finally {
    inFlight -= 1;
    waiting.shift()?.();
  }
}

/** One planned request: the id its receipt will carry, and the request (timed from its planned start). */
type Send = (n: number) => { id: string; request: () => Promise<Response> };

async function openLoop(rate: number, count: number, tracker: DeliveryTracker, send: Send) {
  const began = performance.now();
  const pending: Array<Promise<void>> = [];
  for (let n = 0; n < count; n++) {
    const due = began + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const { id, request } = send(n);
    tracker.markSent(id, 0);
    pending.push(
      limited(request).then(
        async (response) => {
          await response.arrayBuffer();
          if (!response.ok) tracker.markNotSent(id, `HTTP ${response.status}`);
        },
        (error: unknown) => tracker.markNotSent(id, String(error).slice(0, 60)),
      ),
    );
  }
  await Promise.all(pending);
  // Refused sends leave the count; the rest are waited for, up to the drain time.
  const deadline = performance.now() + DRAIN_MS;
  while (performance.now() < deadline) {
    const soFar = tracker.summary();
    if (soFar.received >= soFar.sent) break;
    await sleep(100);
  }
  return tracker.summary();
}

export async function runChannelsBench(): Promise<BenchResult> {
  const startedAt = new Date();
  const loadAtStart = loadAverage1m();
  const trackers = {
    telegramIn: new DeliveryTracker(),
    siteIn: new DeliveryTracker(),
    telegramOut: new DeliveryTracker(),
    siteOut: new DeliveryTracker(),
  };
  const fake = await startFakeBotApi({
    onDelivered: (call) => trackers.telegramOut.markReceived(String(call.fields.text ?? "")),
  });
  const secretsKey = randomBytes(32);
  process.env.CHANNEL_SECRETS_KEY = secretsKey.toString("hex");
  process.env.TELEGRAM_API_BASE_URL = fake.baseUrl;
  let world: ChannelBenchWorld | undefined;
  const dataDir = await prepareEmbeddedData(
    async (db) => void (world = await prepareChannelBench(db, secretsKey, CHATS)),
  );
  const { siteChats, telegramChats, inboxId, webhookSecret } = world!;
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  await withBuildLock(async () => {
    const product = await startProduct(dataDir);
    const listeners = await listenToChats(
      { port: product.pusherPort, key: product.pusherKey, secret: product.pusherSecret },
      [...siteChats, ...telegramChats],
    );
    listeners.onMessage = (side, data) => {
      if (side === "operator" && data.text.startsWith("tg-in-")) trackers.telegramIn.markReceived(data.text);
      if (side === "operator" && data.clientId?.startsWith("site-in-")) trackers.siteIn.markReceived(data.clientId);
      if (side === "subscriber" && data.clientId?.startsWith("site-out-")) trackers.siteOut.markReceived(data.clientId);
    };
    const cookies = new Map<string, string>();
    for (const chat of [...siteChats, ...telegramChats]) {
      cookies.set(`s:${chat.id}`, await sessionCookie(product.authSecret, "subscriber", idOf(chat.subscriber)));
      cookies.set(`o:${chat.id}`, await sessionCookie(product.authSecret, "staff", idOf(chat.operator)));
    }
    const chatSend = (cookie: string, chatId: string, text: string, clientId: string) =>
      fetch(`${product.baseUrl}/api/trpc/chat.send`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: cookie, origin: product.baseUrl },
        body: JSON.stringify({ json: { chatId, text, clientId } }),
      });
    const measure = async (name: string, rate: number, tracker: DeliveryTracker, send: Send) => {
      const probe = startProcessProbe();
      const summary = await openLoop(rate, rate * SECONDS, tracker, send);
      rows.push({ name, summary, process: probe.stop(), warmupProblems: 0 });
    };
    try {
      await measure("Telegram webhook → operator screen", INBOUND_RATE, trackers.telegramIn, (n) => {
        const chat = telegramChats[n % telegramChats.length]!;
        const text = `tg-in-${n}`;
        const from = { id: chat.externalId, first_name: "Бенч" };
        const update = {
          update_id: n + 1,
          message: { message_id: n + 1, date: 0, from, chat: { id: chat.externalId, type: "private" }, text },
        };
        const request = () =>
          fetch(`${product.baseUrl}/api/channels/telegram/${inboxId}`, {
            method: "POST",
            headers: { "content-type": "application/json", [SECRET_HEADER]: webhookSecret },
            body: JSON.stringify(update),
          });
        return { id: text, request };
      });
      await measure("site chat.send → operator screen", INBOUND_RATE, trackers.siteIn, (n) => {
        const chat = siteChats[n % siteChats.length]!;
        const id = `site-in-${n}`;
        return { id, request: () => chatSend(cookies.get(`s:${chat.id}`)!, chat.id, id, id) };
      });
      await measure("operator reply → Telegram (fake Bot API)", REPLY_RATE, trackers.telegramOut, (n) => {
        const chat = telegramChats[n % telegramChats.length]!;
        const id = `tg-out-${n}`;
        return { id, request: () => chatSend(cookies.get(`o:${chat.id}`)!, chat.id, id, id) };
      });
      await measure("operator reply → site subscriber screen", REPLY_RATE, trackers.siteOut, (n) => {
        const chat = siteChats[n % siteChats.length]!;
        const id = `site-out-${n}`;
        return { id, request: () => chatSend(cookies.get(`o:${chat.id}`)!, chat.id, id, id) };
      });
      const memory = product.memory();
      notes.push(
        `npm start's processes (embedded PGlite): app ${memory.nextMb} MB, realtime ${memory.realtimeMb} MB RSS at the end`,
        `inbound ${INBOUND_RATE}/s for ${SECONDS} s over ${CHATS} chats each (linked Telegram contacts; site subscribers), chats already with an operator; replies ${REPLY_RATE}/s`,
        "Telegram replies wait for the outbox pass (every second), which relays them and sends them one at a time per chat",
        `at most ${MAX_IN_FLIGHT} requests in flight (Telegram's default max_connections); latency counts from each request's planned start, so queueing shows`,
      );
    } finally {
      listeners.close();
      await product.stop();
      await fake.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
  return {
    bench: "channels",
    startedAt: startedAt.toISOString(),
    durationSec: (Date.now() - startedAt.getTime()) / 1000,
    environment: environment(loadAtStart),
    parameters: { inboundRate: INBOUND_RATE, replyRate: REPLY_RATE, seconds: SECONDS, chats: CHATS },
    rows,
    notes,
  };
}

export const benchmark: Benchmark = { name: "channels", run: runChannelsBench };

if (isEntryPoint(import.meta.url)) {
  runChannelsBench()
    .then((result) => {
      console.log(`written ${writeResult(result)}\n\n${formatTable([result])}\n\n${formatNotes(result)}`);
      if (hasDeliveryProblems([result])) process.exitCode = 1;
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
