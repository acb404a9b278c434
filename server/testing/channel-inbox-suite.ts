/** The tests every messenger inbox passes through its webhook, as telegram-webhook.int.test.ts does for Telegram. */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { serveSignedMedia } from "@/server/channels/media-url";
import type { MessengerChannel } from "@/server/domain/channels/inboxes";
import { setInboxEnabled } from "@/server/domain/channels/inboxes";
import { attachImage } from "@/server/domain/chat/attach-image";
import { metricQueries } from "@/server/domain/metrics/metric-queries";
import { metricsRangeOf, moscowDayOf } from "@/server/domain/metrics/metrics-range";
import type { Db } from "@/server/db-client";
import type { ChannelDriver } from "./channel-inbox";
import { createStaff, staffPrincipal, testContext } from "./fixtures";
import { createTestDb, testDbLabel, type TestDb } from "./test-db";

export interface SuiteContext {
  db: () => Db;
  driver: () => ChannelDriver;
}

const picture = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "#1d4ed8" } })
    .png()
    .toBuffer();

/** The help article the bot answers "роуминг за границей" with. */
export function createRoamingArticle(db: Db) {
  return db.helpArticle.create({
    data: {
      slug: "roaming",
      title: "Роуминг за границей",
      titleEn: "Roaming abroad",
      body: "Как подключить роуминг перед поездкой за границу.",
      bodyEn: "How to turn on roaming before a trip abroad.",
      category: "roaming",
    },
  });
}

/**
 * Defines the shared inbox tests for one channel, then `extra` for the channel's own; they run in order on one
 * database, as a person's conversation would.
 */
export function channelInboxSuite(
  channel: MessengerChannel,
  makeDriver: (db: Db) => Promise<ChannelDriver>,
  extra?: (context: SuiteContext) => void,
) {
  let testDb: TestDb;
  let d: ChannelDriver;
  beforeAll(async () => {
    testDb = await createTestDb();
    d = await makeDriver(testDb.db);
    await createRoamingArticle(testDb.db);
  });
  afterAll(async () => {
    await d.fake.close();
    await testDb.close();
  });
  // After the start the bot also offers to link a subscriber account; the chat's own replies are read apart from it.
  const LINK_OFFER = /привяжите его к этому чату/;
  const replies = () => d.sent().filter((m) => !LINK_OFFER.test(m.text));
  const texts = () => replies().map((m) => m.text);
  const bytesOf = async (sent: Uint8Array | string) => {
    if (typeof sent !== "string") return sent;
    const id = decodeURIComponent(new URL(sent).pathname.split("/").at(-1)!);
    const served = await serveSignedMedia(testDb.db, d.harness.secretsKey, new Request(sent), id);
    expect(served.status).toBe(200);
    return new Uint8Array(await served.arrayBuffer());
  };
  const operatorCaller = async () => {
    const chat = await testDb.db.chat.findFirstOrThrow();
    const operator = chat.operatorId
      ? await testDb.db.staffUser.findUniqueOrThrow({ where: { id: chat.operatorId } })
      : await createStaff(testDb.db, ["OPERATOR"]);
    return { chat, operator, caller: createCaller(testContext(testDb.db, staffPrincipal(operator))) };
  };

  describe(`${channel} inbox (${testDbLabel()})`, () => {
    it("refuses a wrong or missing signature (401), malformed JSON (400) and an unknown or disabled inbox (404), storing nothing", async () => {
      expect((await d.post(d.text("привет"), { auth: "wrong" })).status).toBe(401);
      expect((await d.post(d.text("привет"), { auth: "missing" })).status).toBe(401);
      expect((await d.post(null, { raw: "{not json" })).status).toBe(400);
      expect((await d.post({})).status).toBe(400);
      expect((await d.post(d.text("привет"), { inboxId: "no-such-inbox" })).status).toBe(404);
      await setInboxEnabled(testDb.db, d.harness.inbox.id, false);
      expect((await d.post(d.start())).status).toBe(404);
      await setInboxEnabled(testDb.db, d.harness.inbox.id, true);
      expect(await testDb.db.inboundUpdate.count()).toBe(0);
      expect(await testDb.db.chat.count()).toBe(0);
    });

    it("opens a chat with the bot on start, stores a replayed update once, and greets the contact", async () => {
      const start = d.start();
      expect((await d.post(start)).status).toBe(200);
      expect((await d.post(start)).status).toBe(200);
      expect(await testDb.db.inboundUpdate.count()).toBe(1);
      const chat = await testDb.db.chat.findFirstOrThrow();
      expect(chat).toMatchObject({ channel, state: "BOT", accountId: null });
      await d.harness.deliver();
      expect(texts()).toHaveLength(1);
      expect(texts()[0]).toMatch(/виртуальный помощник/);
      expect(d.sent().some((m) => LINK_OFFER.test(m.text))).toBe(true);
    });

    it("answers with help articles as links and quick replies as buttons; a pressed button hands over to the queue", async () => {
      const question = d.text("роуминг за границей");
      await d.post(question);
      await d.post(question);
      await d.harness.deliver();
      expect(texts()).toHaveLength(2);
      expect(texts()[1]).toContain("Роуминг за границей\nhttps://portal.test/help/roaming");
      const buttons = replies()[1]!.buttons;
      expect(buttons.map((b) => b.label)).toEqual(["Помогло", "Позвать оператора"]);
      expect(await testDb.db.chatMessage.count({ where: { author: "VISITOR" } })).toBe(1);
      expect((await d.post(d.press(buttons[1]!))).status).toBe(200);
      expect((await testDb.db.chat.findFirstOrThrow()).state).toBe("QUEUED");
    });

    it("carries the operator's text and picture to the messenger, and a photo from the messenger into the chat", async () => {
      const { chat, operator, caller } = await operatorCaller();
      await caller.workspace.take({ chatId: chat.id });
      await caller.chat.send({ chatId: chat.id, text: "Здравствуйте, помогу с роумингом", clientId: "op-reply-0001" });
      const party = { kind: "staff" as const, staffId: operator.id, roles: operator.roles };
      const image = await picture();
      await attachImage(testDb.db, d.harness.events, { party, chatId: chat.id, bytes: new Uint8Array(image) });
      const before = replies().length;
      await d.harness.deliver();
      const sent = replies().slice(before);
      const sentTexts = sent.map((m) => m.text);
      expect(sentTexts).toContain("Здравствуйте, помогу с роумингом");
      expect(sentTexts.indexOf("Передаю чат оператору.")).toBeLessThan(
        sentTexts.indexOf("Здравствуйте, помогу с роумингом"),
      );
      const pictures = sent.flatMap((m) => m.pictures);
      expect(pictures).toHaveLength(1);
      expect((await sharp(await bytesOf(pictures[0]!)).metadata()).width).toBe(64);

      await d.post(d.photo(d.fake.addFile(new Uint8Array(image)), "Вот экран"));
      const inbound = await testDb.db.chatMessage.findFirstOrThrow({
        where: { chatId: chat.id, author: "VISITOR", text: "Вот экран" },
        include: { attachments: true },
      });
      expect(inbound.attachments).toHaveLength(1);
    });

    it("asks the survey with buttons after the close, records it, and counts the chat under its channel", async () => {
      const { chat, operator, caller } = await operatorCaller();
      await caller.chat.close({ chatId: chat.id });
      await d.harness.deliver();
      expect(texts().at(-1)).toBe("Ваш вопрос решён?");
      // Resolved, how easy, the operator's score, "would you recommend": each a button of the last question.
      for (const [label, scale] of [
        ["Да", ["Да", "Нет"]],
        ["7", ["1", "2", "3", "4", "5", "6", "7"]],
        ["5", ["1", "2", "3", "4", "5"]],
        ["10", [...Array.from({ length: 11 }, (_, i) => String(i)), "Пропустить"]],
      ] as const) {
        const buttons = replies().at(-1)!.buttons;
        expect(buttons.map((b) => b.label)).toEqual(scale);
        await d.post(d.press(buttons.find((b) => b.label === label)!));
        await d.harness.deliver();
      }
      // Then the optional comment, skipped.
      const skip = replies()
        .at(-1)!
        .buttons.find((b) => b.label === "Пропустить");
      await d.post(d.press(skip!));
      await d.harness.deliver();
      expect(texts().at(-1)).toBe("Спасибо за оценку!");
      expect(await testDb.db.rating.findUniqueOrThrow({ where: { chatId: chat.id } })).toMatchObject({
        resolved: true,
        cesScore: 7,
        score: 5,
        npsScore: 10,
        operatorId: operator.id,
      });
      // Metrics count Moscow days: after 21:00 UTC the UTC date is already yesterday there.
      const today = moscowDayOf(new Date());
      const range = metricsRangeOf({ from: today, to: today }, 60, new Date());
      const byChannel = await metricQueries.byChannel(testDb.db, range);
      expect(byChannel.find((row) => row.key === channel)).toMatchObject({ chats: 1, escalated: 1 });
    });

    extra?.({ db: () => testDb.db, driver: () => d });
  });
}
