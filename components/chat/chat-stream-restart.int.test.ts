/**
 * The realtime server dies (SIGKILL) mid-conversation and comes back on the same port while
 * both sides keep writing. reconnect.int.test.ts proves the protocol part in-process; this
 * proves the end-to-end promise: every message reaches both screens exactly once, in order.
 */
import type Pusher from "pusher-js";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { chatStreamReducer, initialStream, type ChatStream, type StreamAction } from "./chat-stream-reducer";
import type { Db } from "@/server/db-client";
import { createBenchChats, type BenchChat } from "@/bench/chat-fixtures";
import type { ChatParty } from "@/server/domain/chat/chat-party";
import { listChatMessages } from "@/server/domain/chat/read-chat";
import { sendChatMessage } from "@/server/domain/chat/send-message";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { freePort, killAllSpawned, spawnTsx, type Spawned } from "@/server/testing/spawned-process";
import { bindEvent, chatChannel, type ChatMessageView } from "@/server/realtime/contract";
import { createPusherPublisher } from "@/server/realtime/publisher";
import { APP, cleanup, connectClient, waitForState } from "@/server/testing/realtime-clients";
import { getChatSendLimiter } from "@/server/chat-limiters";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb?.close());
afterEach(async () => {
  await cleanup();
  await killAllSpawned();
});

function startRealtimeProcess(port: number): Spawned {
  return spawnTsx("server/realtime/main.ts", [], {
    PUSHER_APP_ID: APP.appId,
    PUSHER_KEY: APP.key,
    PUSHER_SECRET: APP.secret,
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: String(port),
  });
}

/** The widget's stream logic without React: the same reducer, events, and backfill by seq as use-chat-stream.ts. */
function widget(db: Db, client: Pusher, party: ChatParty, chatId: string) {
  let state: ChatStream = initialStream(chatId, party.kind === "staff" ? "staff" : "owner");
  const liveSeqs: number[] = [];
  let running = false;
  let again = false;
  const dispatch = (action: StreamAction) => {
    state = chatStreamReducer(state, action);
    if (state.needsBackfill) void backfill();
  };
  const backfill = async () => {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        const afterSeq = state.knownSeq;
        const page = await listChatMessages(db, party, chatId, afterSeq);
        dispatch({ type: "backfilled", afterSeq, chat: page.chat, messages: page.messages, hasMore: page.hasMore });
      } while (again || state.needsBackfill);
    } finally {
      running = false;
    }
  };
  const channel = client.subscribe(chatChannel(chatId));
  bindEvent(channel, "message", (message) => {
    liveSeqs.push(message.seq);
    dispatch({ type: "message", message });
  });
  // Fires again after every automatic resubscribe: whatever was published meanwhile comes from the database.
  channel.bind("pusher:subscription_succeeded", () => void backfill());
  return { state: () => state, liveSeqs, client };
}

async function until(what: string, condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const seqsOf = (stream: ChatStream) => stream.messages.map((m) => m.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

it(`loses nothing when the realtime server is killed and restarted mid-conversation (${testDbLabel()})`, async () => {
  const db = testDb.db;
  const [chat] = (await createBenchChats(db, 1)) as [BenchChat];
  const port = await freePort();
  let server = startRealtimeProcess(port);
  await server.waitForLine("realtime server listening");

  const failures: { channel: string; event: string }[] = [];
  const publisher = createPusherPublisher(
    {
      PUSHER_APP_ID: APP.appId,
      PUSHER_KEY: APP.key,
      PUSHER_SECRET: APP.secret,
      PUSHER_HOST: "127.0.0.1",
      PUSHER_PORT: port,
      PUSHER_TLS: false,
      PUSHER_CLUSTER: "mt1",
    },
    (message, extra) =>
      message === "realtime publish failed" && failures.push(extra as { channel: string; event: string }),
  );
  const subscriber = widget(db, await connectClient(port), chat.subscriber, chat.id);
  const operator = widget(db, await connectClient(port), chat.operator, chat.id);
  const screens = [subscriber, operator];
  await until("both widgets loaded", () => screens.every((w) => w.state().loaded));
  const firstSockets = screens.map((w) => w.client.connection.socket_id);

  const sent: ChatMessageView[] = [];
  const send = async (i: number) => {
    const party = i % 2 ? chat.subscriber : chat.operator;
    sent.push(
      await sendChatMessage(
        db,
        { events: publisher, limiter: getChatSendLimiter() },
        {
          party,
          chatId: chat.id,
          text: `message ${i}`,
          clientId: `fault-${String(i).padStart(8, "0")}`,
        },
      ),
    );
  };

  for (let i = 1; i <= 10; i++) await send(i);
  await until("messages 1-10 live on both screens", () => screens.every((w) => w.liveSeqs.length === 10));

  const killed = await server.kill("SIGKILL");
  expect(killed.signal).toBe("SIGKILL");
  // Written while nobody can be told: stored, publish fails quietly (logged), sending goes on.
  for (let i = 11; i <= 20; i++) await send(i);
  expect(failures).toHaveLength(10);
  expect(failures.every((f) => f.channel === chatChannel(chat.id) && f.event === "message")).toBe(true);

  server = startRealtimeProcess(port);
  await server.waitForLine("realtime server listening");
  // Clients are still reconnecting: these may arrive live or come from the backfill.
  for (let i = 21; i <= 30; i++) await send(i);

  await Promise.all(screens.map((w) => waitForState(w.client, "connected", 20_000)));
  await until("all 30 messages on both screens", () =>
    screens.every((w) => w.state().knownSeq === 30 && w.state().messages.length === 30),
  );
  // Realtime works again, not only the backfill: one more message arrives live on both sockets.
  await send(31);
  await until("message 31 live on both screens", () => screens.every((w) => w.liveSeqs.includes(31)));

  expect(sent.map((m) => m.seq)).toEqual(range(1, 31));
  for (const [i, screen] of screens.entries()) {
    const stream = screen.state();
    expect(seqsOf(stream)).toEqual(range(1, 31));
    expect(new Set(stream.messages.map((m) => m.id)).size).toBe(31);
    expect(stream.messages.map((m) => m.text)).toEqual(sent.map((m) => m.text));
    expect(stream.knownSeq).toBe(31);
    expect(stream.needsBackfill).toBe(false);
    // Published while the server was dead: never on the socket, so they came from the database.
    expect(screen.liveSeqs.filter((seq) => seq > 10 && seq <= 20)).toEqual([]);
    expect(new Set(screen.liveSeqs).size).toBe(screen.liveSeqs.length);
    expect(screen.client.connection.socket_id).not.toBe(firstSockets[i]);
  }
  const stored = await db.chatMessage.findMany({ where: { chatId: chat.id }, orderBy: { seq: "asc" } });
  expect(stored.map((m) => m.seq)).toEqual(range(1, 31));
  // deliveredAt marks what the realtime service accepted; the ten sent while it was dead stay unmarked.
  expect(stored.filter((m) => m.deliveredAt === null).map((m) => m.seq)).toEqual(range(11, 20));
});
