/**
 * The demo messenger simulator: the demo inbox is connected to the fake Bot API at start, and what a demo contact
 * does reaches the real webhook route as an Update with the secret header; it does not exist outside demo mode.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "@/server/channels/telegram/fake-bot-api";
import { createTelegramAdapter } from "@/server/channels/telegram/telegram-adapter";
import { inboxTransport } from "@/server/channels/inbox-transport";
import { relayReplies } from "@/server/domain/channels/relay-replies";
import { deliverPendingMessages } from "@/server/domain/outbox/deliver-pending-messages";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import { testContext } from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/server/db", () => ({ getDb: () => state.db }));
vi.mock("@/server/realtime/realtime-instance", () => ({ getRealtimePublisher: () => recordingPublisher() }));

let testDb: TestDb;
let fake: FakeBotApi;
let site: http.Server;
let siteUrl: string;
const key = randomBytes(32);

/** The portal's webhook route behind a real HTTP port, as the fake Bot API calls it. */
async function startSite() {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void (async () => {
        const { POST } = await import("@/app/api/channels/telegram/[inboxId]/route");
        const inboxId = decodeURIComponent(request.url!.split("/").at(-1)!);
        const answer = await POST(
          new Request(`${siteUrl}${request.url}`, {
            method: "POST",
            headers: request.headers as Record<string, string>,
            body: Buffer.concat(chunks),
          }),
          { params: Promise.resolve({ inboxId }) },
        );
        response.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/** The process as `npm start` builds it with these settings (server/env.mjs reads them once). */
async function freshModules(demo: boolean) {
  vi.stubEnv("DEMO_MODE", demo ? "true" : "false");
  vi.stubEnv("MESSENGER_SIMULATOR", "true");
  vi.stubEnv("TELEGRAM_API_BASE_URL", fake.baseUrl);
  vi.stubEnv("CHANNEL_SECRETS_KEY", key.toString("hex"));
  vi.stubEnv("NEXTAUTH_URL", siteUrl);
  vi.resetModules();
  const { createCaller } = await import("@/server/api/root");
  const simulator = await import("@/server/channels/telegram/messenger-simulator");
  return { caller: createCaller(testContext(testDb.db, null)), simulator };
}

/** One outbox pass, as the job runs it. */
async function deliverReplies() {
  const adapter = createTelegramAdapter({ baseUrl: fake.baseUrl });
  const events = recordingPublisher();
  await relayReplies(testDb.db, { siteUrl, events });
  await deliverPendingMessages(
    testDb.db,
    inboxTransport({ db: testDb.db, secretsKey: key, adapters: { TELEGRAM: adapter }, events, siteUrl }),
    new Date(),
  );
}

beforeAll(async () => {
  fake = await startFakeBotApi();
  testDb = await createTestDb();
  state.db = testDb.db;
  site = await startSite();
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => site.close(resolve));
  await fake.close();
  await testDb.close();
});

describe(`messenger simulator (${testDbLabel()})`, () => {
  it("connects the demo inbox once at start, and points the fake Telegram at our webhook again at each start", async () => {
    const { simulator } = await freshModules(true);
    await simulator.ensureDemoInbox(testDb.db);
    await simulator.ensureDemoInbox(testDb.db);
    expect(await testDb.db.inbox.findMany({ select: { id: true, channel: true, enabled: true } })).toEqual([
      { id: simulator.DEMO_INBOX_ID, channel: "TELEGRAM", enabled: true },
    ]);
    const hooks = fake.calls.filter((c) => c.method === "setWebhook");
    expect(hooks).toHaveLength(2);
    expect(hooks[1]!.fields).toMatchObject({ url: `${siteUrl}/api/channels/telegram/demo-telegram` });
    expect(await testDb.db.auditLogEntry.findMany({ where: { action: "inbox.connect" } })).toMatchObject([
      { actorKind: "SYSTEM", entityId: simulator.DEMO_INBOX_ID },
    ]);
  });

  it("posts what a demo contact writes to the real webhook as Telegram would, and shows the bot's replies", async () => {
    const { caller } = await freshModules(true);
    const [anna] = await caller.devMessenger.people();
    expect(anna).toEqual({ id: 900001, name: "Анна Петрова" });
    expect(await caller.devMessenger.act({ contactId: anna!.id, action: { kind: "text", text: "/start" } })).toEqual({
      delivered: true,
    });
    expect(await testDb.db.chat.findFirstOrThrow()).toMatchObject({ channel: "TELEGRAM", visitorName: "Анна Петрова" });
    await deliverReplies();
    const chat = await caller.devMessenger.conversation({ contactId: anna!.id });
    // The greeting, then the offer to link a subscriber account (a visitor until linked).
    expect(chat.map((e) => e.from)).toEqual(["user", "bot", "bot"]);
    expect(chat[1]!.text).toMatch(/виртуальный помощник/);
    expect(chat[2]!.text).toMatch(/привяжите его к этому чату/);

    // Asking for a person hands the chat over, exactly as from the site widget.
    await caller.devMessenger.act({ contactId: anna!.id, action: { kind: "text", text: "Позовите оператора" } });
    expect((await testDb.db.chat.findFirstOrThrow()).state).toBe("QUEUED");
  });

  it("sends a photo through getFile into the chat", async () => {
    const { caller } = await freshModules(true);
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#0ea5e9" } })
      .png()
      .toBuffer();
    await caller.devMessenger.act({
      contactId: 900001,
      action: { kind: "photo", base64: png.toString("base64"), caption: "" },
    });
    expect(await testDb.db.attachment.count()).toBe(1);
    const chat = await caller.devMessenger.conversation({ contactId: 900001 });
    expect(chat.at(-1)).toMatchObject({ from: "user", photo: expect.stringMatching(/^photos\//) });
  });

  it("does not exist outside demo mode: procedures, page and pictures answer not found", async () => {
    const { caller, simulator } = await freshModules(false);
    // The page asks the same question before it renders (app/dev/messenger/page.tsx calls notFound()).
    expect(simulator.simulatorEnabled()).toBe(false);
    await expect(caller.devMessenger.people()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.devMessenger.conversation({ contactId: 900001 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.devMessenger.act({ contactId: 900001, action: { kind: "text", text: "привет" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { GET } = await import("@/app/dev/messenger/files/[...path]/route");
    const picture = await GET(new Request(`${siteUrl}/dev/messenger/files/photos/x.jpg`), {
      params: Promise.resolve({ path: ["photos", "x.jpg"] }),
    });
    expect(picture.status).toBe(404);
  });
});
