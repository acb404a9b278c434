/** Floods, oversized pictures, updates whose processing failed, and rating a chat the bot alone handled. */
import { RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryStoredUpdates } from "@/server/channels/receive-webhook";
import { MAX_UPDATE_ATTEMPTS } from "@/server/domain/channels/inbound-updates";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { telegramInboxHarness } from "@/server/testing/telegram-inbox";
import { telegramPerson } from "@/server/testing/telegram-person";

let testDb: TestDb;
let tg: Awaited<ReturnType<typeof telegramInboxHarness>>;
beforeAll(async () => {
  testDb = await createTestDb();
  tg = await telegramInboxHarness(testDb.db);
});
afterAll(async () => {
  await tg.fake.close();
  await testDb.close();
});

const person = (id: number) => telegramPerson(tg, testDb.db, id);

const retryDeps = () => ({
  db: testDb.db,
  secretsKey: tg.secretsKey,
  adapters: { TELEGRAM: tg.adapter },
  receive: tg.receive,
});

describe(`Telegram bad input (${testDbLabel()})`, () => {
  it("answers a flood past the inbox's limit with 429 and Retry-After, storing and processing every accepted update", async () => {
    const lena = person(6001);
    const flood = new RateLimiterMemory({ points: 3, duration: 60 });
    const updates = Array.from({ length: 5 }, (_, i) => lena.message({ text: `вопрос ${i}` }));
    const answers = [];
    for (const update of updates) answers.push(await tg.post(update, { flood }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
    expect(Number(answers[3]!.headers.get("retry-after"))).toBeGreaterThan(0);
    const stored = await testDb.db.inboundUpdate.findMany({
      where: { event: { path: ["contact", "externalId"], equals: "6001" } },
    });
    expect(stored).toHaveLength(3);
    expect(stored.every((u) => u.processedAt !== null)).toBe(true);
    // Telegram sends the refused ones again later, and they are taken then.
    for (const update of updates.slice(3)) expect((await tg.post(update)).status).toBe(200);
    expect(await testDb.db.chatMessage.count({ where: { author: "VISITOR", text: { startsWith: "вопрос " } } })).toBe(
      5,
    );
  });

  it("tells the sender a picture is too large, before downloading when Telegram gives its size and after getFile otherwise", async () => {
    const lena = person(6002);
    await tg.post(lena.message({ photo: [{ file_id: "huge", file_size: 9_000_000 }] }));
    expect((await lena.texts()).at(-1)).toBe(
      "Фото слишком большое: можно до 5 МБ. Пришлите, пожалуйста, снимок поменьше или опишите вопрос словами.",
    );
    expect(tg.fake.calls.some((c) => c.method === "getFile" && c.fields.file_id === "huge")).toBe(false);

    const fileId = tg.fake.addFile(new Uint8Array(6 * 1024 * 1024));
    await tg.post(lena.message({ document: { file_id: fileId, mime_type: "image/jpeg", file_name: "scan.jpg" } }));
    expect((await lena.texts()).at(-1)).toMatch(/Фото слишком большое/);
    expect(tg.fake.calls.some((c) => c.method === "getFile" && c.fields.file_id === fileId)).toBe(true);
    expect(await testDb.db.attachment.count()).toBe(0);
  });

  it("retries an update whose processing failed after it was stored, a bounded number of times", async () => {
    const lena = person(6003);
    const working = tg.receive.limiter;
    const broken = { consume: () => Promise.reject(new Error("limiter down")) } as unknown as RateLimiterAbstract;
    tg.receive.limiter = broken;
    const update = lena.message({ text: "у меня не работает интернет" });
    const t0 = new Date();
    expect((await tg.post(update, { now: t0 })).status).toBe(200);
    const stored = await testDb.db.inboundUpdate.findFirstOrThrow({ where: { externalId: String(update.update_id) } });
    expect(stored).toMatchObject({ processedAt: null, attempts: 1 });
    expect(stored.lastError).toMatch(/RATE_LIMITED/);

    // Not before its pause; then once, and it goes through when the cause is gone.
    expect(await retryStoredUpdates(retryDeps(), new Date(t0.getTime() + 10_000))).toBe(0);
    tg.receive.limiter = working;
    expect(await retryStoredUpdates(retryDeps(), new Date(t0.getTime() + 31_000))).toBe(1);
    const retried = await testDb.db.inboundUpdate.findUniqueOrThrow({ where: { id: stored.id } });
    expect(retried).toMatchObject({ attempts: 2, lastError: null });
    expect(retried.processedAt).not.toBeNull();
    expect(await testDb.db.chatMessage.count({ where: { text: "у меня не работает интернет" } })).toBe(1);

    // One that keeps failing is left alone after the last attempt.
    tg.receive.limiter = broken;
    const failing = lena.message({ text: "и телефон тоже" });
    await tg.post(failing, { now: t0 });
    let clock = t0.getTime();
    let tries = 0;
    for (let pass = 0; pass < 10; pass++) {
      clock += 10 * 60_000;
      tries += await retryStoredUpdates(retryDeps(), new Date(clock));
    }
    tg.receive.limiter = working;
    expect(tries).toBe(MAX_UPDATE_ATTEMPTS - 1);
    const gaveUp = await testDb.db.inboundUpdate.findFirstOrThrow({ where: { externalId: String(failing.update_id) } });
    expect(gaveUp).toMatchObject({ attempts: MAX_UPDATE_ATTEMPTS, processedAt: null });
  });

  it('asks a chat the bot alone handled "did the bot help?" and CES when the contact ends it, and records them', async () => {
    const lena = person(6004);
    await lena.say("/start");
    await lena.say("/end");
    const texts = await lena.texts();
    expect(texts.slice(-2)).toEqual(["Чат завершён.", "Бот помог решить ваш вопрос?"]);
    const contact = await lena.contact();
    const chat = await testDb.db.chat.findFirstOrThrow({ where: { visitorToken: contact.visitorToken } });
    const keys = () =>
      (
        tg.fake.delivered.at(-1)!.fields.reply_markup as {
          inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
        }
      ).inline_keyboard.flat();
    expect(keys()).toEqual([
      { text: "Да", callback_data: `sv:${chat.id}:bot:yes` },
      { text: "Нет", callback_data: `sv:${chat.id}:bot:no` },
    ]);
    await lena.press(keys()[0]!.callback_data);
    // Then how easy it was, and no operator or NPS question after the bot alone.
    expect(await lena.lastText()).toMatch(/^Насколько легко было решить ваш вопрос\?/);
    await lena.press(keys()[5]!.callback_data);
    expect(await lena.lastText()).toBe("Спасибо! Это поможет нам отвечать лучше.");
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      state: "RATED",
      botHelped: true,
      queuedAt: null,
    });
    expect(await testDb.db.rating.findUniqueOrThrow({ where: { chatId: chat.id } })).toMatchObject({
      resolved: true,
      cesScore: 6,
      score: null,
      npsScore: null,
    });
    // Settled: the relay reads it no more.
    await tg.deliver();
    expect((await testDb.db.channelChat.findUniqueOrThrow({ where: { chatId: chat.id } })).active).toBe(false);
  });
});
