/** A Telegram contact reaches the same bot, queue, operator and rating as the site chat, through the webhook. */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { telegramInboxHarness } from "@/server/testing/telegram-inbox";
import { createRoamingArticle } from "@/server/testing/channel-inbox-suite";
import { setInboxEnabled } from "@/server/domain/channels/inboxes";
import { attachImage } from "@/server/domain/chat/attach-image";
import { metricQueries } from "@/server/domain/metrics/metric-queries";
import { metricsRangeOf, moscowDayOf } from "@/server/domain/metrics/metrics-range";

let testDb: TestDb;
let tg: Awaited<ReturnType<typeof telegramInboxHarness>>;
beforeAll(async () => {
  testDb = await createTestDb();
  tg = await telegramInboxHarness(testDb.db);
  await createRoamingArticle(testDb.db);
});
afterAll(async () => {
  await tg.fake.close();
  await testDb.close();
});

const sentTexts = () => tg.fake.delivered.map((c) => String(c.fields.text ?? c.fields.caption ?? ""));
const keyboardOf = (index: number) =>
  (
    tg.fake.delivered[index]?.fields.reply_markup as {
      inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
    }
  )?.inline_keyboard;

describe(`Telegram inbox (${testDbLabel()})`, () => {
  it("points Telegram's webhook at the inbox with its secret token, and keeps the token sealed", async () => {
    const setWebhook = tg.fake.calls.find((call) => call.method === "setWebhook")!;
    expect(setWebhook.fields).toMatchObject({
      url: `https://portal.test/api/channels/telegram/${tg.inbox.id}`,
      secret_token: tg.webhookSecret,
    });
    const stored = await testDb.db.inbox.findUniqueOrThrow({ where: { id: tg.inbox.id } });
    expect(stored.sealedSecrets).not.toContain(setWebhook.token);
    expect(stored.sealedSecrets).not.toContain(tg.webhookSecret);
    expect(tg.inbox).not.toHaveProperty("sealedSecrets");
    expect(stored.tokenHint).toBe(`…${setWebhook.token.slice(-4)}`);
  });

  it("refuses a wrong or missing secret (401), malformed JSON (400) and an unknown inbox (404), storing nothing", async () => {
    expect((await tg.post(tg.message({ text: "привет" }), { secret: "wrong-secret" })).status).toBe(401);
    expect((await tg.post(tg.message({ text: "привет" }), { secret: null })).status).toBe(401);
    expect((await tg.post(null, { raw: "{not json" })).status).toBe(400);
    expect((await tg.post({ update_id: "x" })).status).toBe(400);
    expect((await tg.post(tg.message({ text: "привет" }), { inboxId: "no-such-inbox" })).status).toBe(404);
    expect(await testDb.db.inboundUpdate.count()).toBe(0);
    expect(await testDb.db.chat.count()).toBe(0);
  });

  it("refuses a disabled inbox with 404", async () => {
    await setInboxEnabled(testDb.db, tg.inbox.id, false);
    expect((await tg.post(tg.message({ text: "/start" }))).status).toBe(404);
    await setInboxEnabled(testDb.db, tg.inbox.id, true);
    expect(await testDb.db.inboundUpdate.count()).toBe(0);
  });

  it("opens a Telegram chat with the bot on /start, stores a replayed update once, and greets the contact", async () => {
    const start = tg.message({ text: "/start" });
    expect((await tg.post(start)).status).toBe(200);
    expect((await tg.post(start)).status).toBe(200);
    expect(await testDb.db.inboundUpdate.count()).toBe(1);
    const chat = await testDb.db.chat.findFirstOrThrow();
    expect(chat).toMatchObject({ channel: "TELEGRAM", state: "BOT", accountId: null, visitorName: "Ирина Смирнова" });
    await tg.deliver();
    expect(tg.fake.delivered).toHaveLength(2);
    expect(tg.fake.delivered[0]).toMatchObject({ method: "sendMessage", fields: { chat_id: tg.chatId } });
    expect(sentTexts()[0]).toMatch(/виртуальный помощник/);
    // A contact not linked yet is offered to link the account, with a button.
    expect(
      keyboardOf(1)!
        .flat()
        .map((b) => b.text),
    ).toEqual(["Привязать лицевой счёт"]);
  });

  it("answers with help articles as links and quick replies as buttons; a pressed button hands over to the queue", async () => {
    const text = tg.message({ text: "роуминг за границей" });
    await tg.post(text);
    await tg.post(text);
    await tg.deliver();
    expect(tg.fake.delivered).toHaveLength(3);
    expect(sentTexts()[2]).toContain("Роуминг за границей\nhttps://portal.test/help/roaming");
    const buttons = keyboardOf(2)!.flat();
    expect(buttons.map((b) => b.text)).toEqual(["Помогло", "Позвать оператора"]);
    const visitorMessages = await testDb.db.chatMessage.count({ where: { author: "VISITOR" } });
    expect(visitorMessages).toBe(1);

    const answer = await tg.post(tg.press(buttons[1]!.callback_data));
    expect(await answer.json()).toMatchObject({ method: "answerCallbackQuery" });
    const chat = await testDb.db.chat.findFirstOrThrow();
    expect(chat.state).toBe("QUEUED");
  });

  it("carries the operator's text and picture to Telegram, and a photo from Telegram into the chat", async () => {
    const operator = await createStaff(testDb.db, ["OPERATOR"]);
    const caller = createCaller(testContext(testDb.db, staffPrincipal(operator)));
    const chat = await testDb.db.chat.findFirstOrThrow();
    await caller.workspace.take({ chatId: chat.id });
    await caller.chat.send({ chatId: chat.id, text: "Здравствуйте, помогу с роумингом", clientId: "op-reply-0001" });
    const picture = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#1d4ed8" } })
      .png()
      .toBuffer();
    const party = { kind: "staff" as const, staffId: operator.id, roles: operator.roles };
    await attachImage(testDb.db, tg.events, { party, chatId: chat.id, bytes: new Uint8Array(picture) });
    const before = tg.fake.delivered.length;
    await tg.deliver();
    const sent = tg.fake.delivered.slice(before);
    expect(sent.map((c) => c.method)).toEqual(expect.arrayContaining(["sendMessage", "sendPhoto"]));
    const texts = sent.filter((c) => c.method === "sendMessage").map((c) => c.fields.text);
    expect(texts).toContain("Здравствуйте, помогу с роумингом");
    // The handover and the operator's joining reach the contact too, before the reply.
    expect(texts.indexOf("Передаю чат оператору.")).toBeLessThan(texts.indexOf("Здравствуйте, помогу с роумингом"));
    const photo = sent.find((c) => c.method === "sendPhoto")!;
    expect((await sharp(photo.photo!).metadata()).width).toBe(64);

    const fileId = tg.fake.addFile(new Uint8Array(picture));
    await tg.post(
      tg.message({ photo: [{ file_id: "small", file_size: 10 }, { file_id: fileId }], caption: "Вот экран" }),
    );
    const inbound = await testDb.db.chatMessage.findFirstOrThrow({
      where: { chatId: chat.id, author: "VISITOR", text: "Вот экран" },
      include: { attachments: true },
    });
    expect(inbound.attachments).toHaveLength(1);
    expect(tg.fake.calls.some((c) => c.method === "getFile" && c.fields.file_id === fileId)).toBe(true);
  });

  it("asks the survey with inline keyboards after the close, records it, and counts the chat under Telegram", async () => {
    const chat = await testDb.db.chat.findFirstOrThrow();
    const operator = await testDb.db.staffUser.findUniqueOrThrow({ where: { id: chat.operatorId! } });
    await createCaller(testContext(testDb.db, staffPrincipal(operator))).chat.close({ chatId: chat.id });
    const before = tg.fake.delivered.length;
    await tg.deliver();
    expect(tg.fake.delivered.length).toBeGreaterThan(before);
    const lastKeys = () => keyboardOf(tg.fake.delivered.length - 1)!.flat();
    // Resolved, how easy, the operator's score, then "would you recommend": each answer a button press.
    expect(sentTexts().at(-1)).toBe("Ваш вопрос решён?");
    for (const [question, label] of [
      [/Насколько легко/, "Да"],
      [/работу оператора от 1 до 5/, "7"],
      [/От 0 до 10/, "5"],
      [/Напишите комментарий/, "10"],
    ] as const) {
      await tg.post(tg.press(lastKeys().find((b) => b.text === label)!.callback_data));
      await tg.deliver();
      expect(sentTexts().at(-1)).toMatch(question);
    }
    // Then the optional comment: the contact's next text is it.
    expect(
      keyboardOf(tg.fake.delivered.length - 1)!
        .flat()
        .map((b) => b.text),
    ).toEqual(["Пропустить"]);
    await tg.post(tg.message({ text: "Быстро и по делу" }));
    await tg.deliver();
    expect(sentTexts().at(-1)).toBe("Спасибо за оценку!");
    expect(await testDb.db.rating.findUniqueOrThrow({ where: { chatId: chat.id } })).toMatchObject({
      resolved: true,
      cesScore: 7,
      score: 5,
      npsScore: 10,
      comment: "Быстро и по делу",
      operatorId: operator.id,
    });
    // The comment went to the rating, not into a new chat.
    expect(await testDb.db.chat.count()).toBe(1);
    // Metrics count Moscow days: after 21:00 UTC the UTC date is already yesterday there.
    const today = moscowDayOf(new Date());
    const byChannel = await metricQueries.byChannel(
      testDb.db,
      metricsRangeOf({ from: today, to: today }, 60, new Date()),
    );
    expect(byChannel.find((row) => row.key === "TELEGRAM")).toMatchObject({ chats: 1, escalated: 1 });
  });
});
