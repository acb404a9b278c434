/** The webhook route as deployed: the process's key, the configured Bot API base URL, the real database. */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { connectChannelInbox } from "@/server/channels/connect-channel-inbox";
import { startFakeBotApi, type FakeBotApi } from "@/server/channels/telegram/fake-bot-api";
import { SECRET_HEADER } from "@/server/channels/telegram/parse-update";
import { createTelegramAdapter } from "@/server/channels/telegram/telegram-adapter";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/server/db", () => ({ getDb: () => state.db }));
vi.mock("@/server/realtime/realtime-instance", () => ({ getRealtimePublisher: () => recordingPublisher() }));

let testDb: TestDb;
let fake: FakeBotApi;
let inboxId: string;
const key = randomBytes(32);
const webhookSecret = randomBytes(20).toString("hex");

beforeAll(async () => {
  fake = await startFakeBotApi();
  // server/env.mjs reads these once: the route is imported afresh after they are set.
  process.env.CHANNEL_SECRETS_KEY = key.toString("hex");
  process.env.TELEGRAM_API_BASE_URL = fake.baseUrl;
  vi.resetModules();
  testDb = await createTestDb();
  state.db = testDb.db;
  const adapter = createTelegramAdapter({ baseUrl: fake.baseUrl });
  const connected = await connectChannelInbox(
    testDb.db,
    { secretsKey: key, adapter, siteUrl: "https://portal.test" },
    { name: "Бот", secrets: { token: "42:route-test-token", webhookSecret } },
  );
  inboxId = connected.inbox.id;
});
afterAll(async () => {
  await fake.close();
  await testDb.close();
});

const call = async (id: string, body: string, secret = webhookSecret) => {
  const { POST } = await import("@/app/api/channels/telegram/[inboxId]/route");
  const request = new Request(`https://portal.test/api/channels/telegram/${id}`, {
    method: "POST",
    headers: { "content-type": "application/json", [SECRET_HEADER]: secret },
    body,
  });
  return POST(request, { params: Promise.resolve({ inboxId: id }) });
};
const start = JSON.stringify({
  update_id: 1,
  message: { message_id: 1, from: { id: 5, first_name: "Олег" }, chat: { id: 5 }, text: "/start" },
});

describe(`POST /api/channels/telegram/[inboxId] (${testDbLabel()})`, () => {
  it("answers 401, 400 and 404 with the error body, and 200 for an update, which opens a Telegram chat", async () => {
    const wrong = await call(inboxId, start, "not-the-secret");
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { code: "UNAUTHENTICATED" } });
    expect((await call(inboxId, "{")).status).toBe(400);
    expect((await call("unknown", start)).status).toBe(404);
    expect(await testDb.db.inboundUpdate.count()).toBe(0);
    expect((await call(inboxId, start)).status).toBe(200);
    expect(await testDb.db.chat.findFirstOrThrow()).toMatchObject({ channel: "TELEGRAM", visitorName: "Олег" });
  });
});
