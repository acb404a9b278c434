/** The operator sees each reply to a messenger as delivered, retried or failed with why, live and on reload. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { telegramInboxHarness } from "@/server/testing/telegram-inbox";
import { chatStaffChannel } from "@/server/realtime/contract";

let testDb: TestDb;
let tg: Awaited<ReturnType<typeof telegramInboxHarness>>;
let chatId: string;
let operator: ReturnType<typeof createCaller>;
let stranger: ReturnType<typeof createCaller>;
let n = 0;

beforeAll(async () => {
  testDb = await createTestDb();
  tg = await telegramInboxHarness(testDb.db);
  await tg.post(tg.message({ text: "/start" }));
  await tg.post(tg.message({ text: "Позовите оператора" }));
  chatId = (await testDb.db.chat.findFirstOrThrow()).id;
  const staff = await createStaff(testDb.db, ["OPERATOR"]);
  operator = createCaller(testContext(testDb.db, staffPrincipal(staff)));
  stranger = createCaller(testContext(testDb.db, staffPrincipal(await createStaff(testDb.db, ["OPERATOR"]))));
  if ((await testDb.db.chat.findUniqueOrThrow({ where: { id: chatId } })).state !== "QUEUED")
    throw new Error("the contact's request did not reach the queue");
  await operator.workspace.take({ chatId });
  await tg.deliver();
});
afterAll(async () => {
  await tg.fake.close();
  await testDb.close();
});

const reply = async (text: string) =>
  (await operator.chat.send({ chatId, text, clientId: `delivery-${String(++n).padStart(4, "0")}` })).id;
const stateOf = async (messageId: string) =>
  (await operator.workspace.deliveries({ chatId })).messages.find((m) => m.messageId === messageId);
const announced = (messageId: string) =>
  tg.events.published
    .filter((p) => p.channel === chatStaffChannel(chatId) && p.event === "delivery")
    .map((p) => p.data as { messageId: string; state: string; reason: string | null })
    .filter((d) => d.messageId === messageId)
    .map(({ state, reason }) => ({ state, reason }));

describe(`delivery state of messenger replies (${testDbLabel()})`, () => {
  it("shows a reply the messenger accepted as delivered, and announces it on the staff channel", async () => {
    const id = await reply("Здравствуйте!");
    await tg.deliver();
    expect(await stateOf(id)).toEqual({ chatId, messageId: id, state: "delivered", reason: null });
    expect(announced(id)).toEqual([{ state: "delivered", reason: null }]);
    expect((await operator.workspace.deliveries({ chatId })).unreachable).toBe(false);
  });

  it("shows a reply waiting for its retry with the reason, then delivered", async () => {
    const id = await reply("Проверяю ваш тариф");
    tg.fake.failNext(1, { status: 502 });
    const now = new Date();
    await tg.deliver(now);
    expect(await stateOf(id)).toMatchObject({ state: "retrying", reason: "UNAVAILABLE" });
    await tg.deliver(new Date(now.getTime() + 3600_000));
    expect(await stateOf(id)).toMatchObject({ state: "delivered", reason: null });
    expect(announced(id)).toEqual([
      { state: "retrying", reason: "UNAVAILABLE" },
      { state: "delivered", reason: null },
    ]);
  });

  it("fails a reply the contact blocked, marks the contact unreachable, and refuses later replies at once", async () => {
    const blocked = await reply("Вы здесь?");
    tg.fake.failNext(1, { status: 403 });
    await tg.deliver();
    expect(await stateOf(blocked)).toMatchObject({ state: "failed", reason: "BLOCKED" });
    expect((await operator.workspace.deliveries({ chatId })).unreachable).toBe(true);

    const later = await reply("Напишите, когда сможете");
    await tg.deliver();
    expect(await stateOf(later)).toMatchObject({ state: "failed", reason: "CONTACT_UNREACHABLE" });
    expect(announced(later)).toEqual([{ state: "failed", reason: "CONTACT_UNREACHABLE" }]);

    // Writing again makes the contact reachable.
    await tg.post(tg.message({ text: "Я снова тут" }));
    expect((await operator.workspace.deliveries({ chatId })).unreachable).toBe(false);
  });

  it("is the chat's operator's (and supervisors') only", async () => {
    await expect(stranger.workspace.deliveries({ chatId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
