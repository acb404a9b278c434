/**
 * Delivery never loses a reply, on every messenger: with its API down and then answering its rate-limit error,
 * the operator's replies wait in the outbox and arrive once each, in order (Telegram's own test is beside its
 * adapter).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { createCaller } from "@/server/api/root";
import type { Db } from "@/server/db-client";
import { sendChatMessage } from "@/server/domain/chat/send-message";
import type { ChannelDriver } from "@/server/testing/channel-inbox";
import { facebookInboxHarness } from "@/server/testing/facebook-inbox";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { viberInboxHarness } from "@/server/testing/viber-inbox";
import { vkInboxHarness } from "@/server/testing/vk-inbox";

const REPLIES = 20;
const OUTAGE_SECONDS = 30;
const THROTTLED_CALLS = 6;

const channels: Array<[string, (db: Db) => Promise<ChannelDriver>]> = [
  ["VK (error 6)", async (db) => (await vkInboxHarness(db)).driver],
  ["Viber (status 12)", async (db) => (await viberInboxHarness(db)).driver],
  ["Facebook (error 613)", async (db) => (await facebookInboxHarness(db)).driver],
];

describe.each(channels)(`%s delivery faults (${testDbLabel()})`, (_name, makeDriver) => {
  let testDb: TestDb;
  let d: ChannelDriver;
  let chatId: string;
  let operator: Awaited<ReturnType<typeof createStaff>>;

  beforeAll(async () => {
    testDb = await createTestDb();
    d = await makeDriver(testDb.db);
    await d.post(d.start());
    await d.post(d.text("Позвать оператора"));
    operator = await createStaff(testDb.db, ["OPERATOR"]);
    chatId = (await testDb.db.chat.findFirstOrThrow()).id;
    await createCaller(testContext(testDb.db, staffPrincipal(operator))).workspace.take({ chatId });
    await d.harness.deliver();
  });
  afterAll(async () => {
    await d.fake.close();
    await testDb.close();
  });

  const reply = (text: string, clientId: string, now: Date) =>
    sendChatMessage(
      testDb.db,
      { events: d.harness.events, limiter: new RateLimiterMemory({ points: 1000, duration: 1 }) },
      { party: { kind: "staff", staffId: operator.id, roles: operator.roles }, chatId, text, clientId, now },
    );

  it(`delivers ${REPLIES} replies once each and in order after a ${OUTAGE_SECONDS} s outage and rate limits`, async () => {
    const start = new Date();
    const before = d.sent().length;
    const attemptsBefore = d.fake.sendAttempts();
    d.fake.setDown(true);
    // The delivery loop ticks every second of a simulated clock; the operator types a reply each second.
    for (let tick = 0; tick < 20 * 60; tick++) {
      const now = new Date(start.getTime() + tick * 1000);
      if (tick < REPLIES) await reply(`Ответ ${tick + 1}`, `fault-reply-${String(tick).padStart(4, "0")}`, now);
      if (tick === OUTAGE_SECONDS) {
        d.fake.setDown(false);
        d.fake.rateLimitNext(THROTTLED_CALLS);
      }
      await d.harness.deliver(now);
      if (d.sent().length - before === REPLIES) break;
    }
    const texts = d
      .sent()
      .slice(before)
      .map((m) => m.text);
    expect(texts).toEqual(Array.from({ length: REPLIES }, (_, i) => `Ответ ${i + 1}`));
    const rows = await testDb.db.outboxMessage.findMany({ where: { orderKey: chatId, body: { startsWith: "Ответ" } } });
    expect(rows.map((row) => row.status)).toEqual(Array(REPLIES).fill("SENT"));
    // Every rate-limited call was answered and tried again, none of them dropped or counted as delivered.
    expect(d.fake.sendAttempts() - attemptsBefore).toBeGreaterThanOrEqual(REPLIES + THROTTLED_CALLS);
    // Hundreds of simulated seconds (Facebook's rate limit waits a minute) are as many passes: slow, not stuck.
  }, 180_000);
});
