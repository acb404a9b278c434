/**
 * Delivery never loses a reply: with the Bot API down and then answering 429, the operator's replies wait in the
 * outbox and arrive once each, in order; a contact who blocked the bot is marked and the operator told.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { createCaller } from "@/server/api/root";
import { sendChatMessage } from "@/server/domain/chat/send-message";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { telegramInboxHarness } from "@/server/testing/telegram-inbox";

let testDb: TestDb;
let tg: Awaited<ReturnType<typeof telegramInboxHarness>>;
let chatId: string;
let operator: Awaited<ReturnType<typeof createStaff>>;
const REPLIES = 20;
const OUTAGE_SECONDS = 30;
const THROTTLED_CALLS = 6;
const RETRY_AFTER_SECONDS = 3;

beforeAll(async () => {
  testDb = await createTestDb();
  tg = await telegramInboxHarness(testDb.db);
  await tg.post(tg.message({ text: "/start" }));
  await tg.post(tg.message({ text: "Позвать оператора" }));
  operator = await createStaff(testDb.db, ["OPERATOR"]);
  chatId = (await testDb.db.chat.findFirstOrThrow()).id;
  await createCaller(testContext(testDb.db, staffPrincipal(operator))).workspace.take({ chatId });
  await tg.deliver();
});
afterAll(async () => {
  await tg.fake.close();
  await testDb.close();
});

const party = () => ({ kind: "staff" as const, staffId: operator.id, roles: operator.roles });
const reply = (text: string, clientId: string, now?: Date) =>
  sendChatMessage(
    testDb.db,
    { events: tg.events, limiter: new RateLimiterMemory({ points: 1000, duration: 1 }) },
    { party: party(), chatId, text, clientId, now },
  );
const later = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

describe(`Telegram delivery faults (${testDbLabel()})`, () => {
  it(`delivers ${REPLIES} replies once each and in order after a ${OUTAGE_SECONDS} s outage and 429s`, async () => {
    const start = new Date();
    const before = tg.fake.delivered.length;
    tg.fake.setDown(true);
    // The delivery loop ticks every second of a simulated clock; the operator types a reply each second.
    let tick = 0;
    for (; tick < 15 * 60; tick++) {
      const now = later(start, tick);
      if (tick < REPLIES) await reply(`Ответ ${tick + 1}`, `fault-reply-${String(tick).padStart(4, "0")}`, now);
      if (tick === OUTAGE_SECONDS) {
        tg.fake.setDown(false);
        tg.fake.failNext(THROTTLED_CALLS, { status: 429, retryAfter: RETRY_AFTER_SECONDS });
      }
      await tg.deliver(now);
      if (tg.fake.delivered.length - before === REPLIES) break;
    }
    const texts = tg.fake.delivered.slice(before).map((call) => call.fields.text);
    expect(texts).toEqual(Array.from({ length: REPLIES }, (_, i) => `Ответ ${i + 1}`));
    const rows = await testDb.db.outboxMessage.findMany({ where: { orderKey: chatId, body: { startsWith: "Ответ" } } });
    expect(rows.map((row) => row.status)).toEqual(Array(REPLIES).fill("SENT"));
    // Every 429 was answered and obeyed: the last reply could not leave before the outage plus each retry_after.
    const throttled = tg.fake.calls.filter((call) => call.method === "sendMessage").length - REPLIES;
    expect(throttled).toBeGreaterThanOrEqual(THROTTLED_CALLS);
    expect(tick).toBeGreaterThanOrEqual(OUTAGE_SECONDS + THROTTLED_CALLS * RETRY_AFTER_SECONDS);
  });

  it("marks a contact who blocked the bot unreachable, keeps the reason, and tells the operator in a staff note", async () => {
    tg.fake.failNext(1, { status: 403 });
    const blockedAt = later(new Date(), 3600);
    const first = await reply("Вы здесь?", "blocked-reply-0001", blockedAt);
    await tg.deliver(blockedAt);
    const row = await testDb.db.outboxMessage.findUniqueOrThrow({ where: { chatMessageId: first.id } });
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toMatch(/BLOCKED.*403/);
    expect((await testDb.db.channelContact.findFirstOrThrow()).unreachableAt).not.toBeNull();
    const note = await testDb.db.chatMessage.findFirstOrThrow({
      where: { chatId, isInternal: true, author: "SYSTEM" },
    });
    expect(note.text).toMatch(/заблокировал бота/);

    // Later replies are not tried at all, and say why.
    const callsBefore = tg.fake.calls.length;
    const second = await reply("Напишите, если вопрос остался", "blocked-reply-0002", blockedAt);
    await tg.deliver(later(blockedAt, 60));
    expect(tg.fake.calls.length).toBe(callsBefore);
    expect(await testDb.db.outboxMessage.findUniqueOrThrow({ where: { chatMessageId: second.id } })).toMatchObject({
      status: "FAILED",
      lastError: "CONTACT_UNREACHABLE",
    });

    // Writing again means the bot was unblocked: replies go out again.
    await tg.post(tg.message({ text: "Снова на связи" }));
    expect((await testDb.db.channelContact.findFirstOrThrow()).unreachableAt).toBeNull();
    const third = await reply("Рады, что вы вернулись", "blocked-reply-0003", later(blockedAt, 120));
    await tg.deliver(later(blockedAt, 120));
    expect(tg.fake.delivered.at(-1)?.fields.text).toBe("Рады, что вы вернулись");
    expect(await testDb.db.outboxMessage.findUniqueOrThrow({ where: { chatMessageId: third.id } })).toMatchObject({
      status: "SENT",
    });
  });
});
