import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import { createCaller } from "@/server/api/root";
import type { Principal } from "@/server/auth/principal";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import { startLocalPushService } from "@/server/testing/local-push-service";
import { seedHelpCentre } from "@/prisma/seed/help-centre";
import { notifyChatSubscribers, withChatPush } from "./notify-chat";
import { createWebPushSender } from "./push-sender";

let testDb: TestDb;
let pushService: Awaited<ReturnType<typeof startLocalPushService>>;
const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:support@example.com" };
/** The pushes under way, so a test can wait for them (the product does not wait). */
const pushes: Promise<unknown>[] = [];
let n = 0;
const clientId = () => `client-${String(++n).padStart(8, "0")}`;

/** A caller whose chat events are listened to for pushes, as server/api/context.ts does. */
const as = (principal: Principal) => {
  const sender = createWebPushSender(vapid, pushService.agent);
  const realtime = withChatPush(recordingPublisher(), async (event) => {
    pushes.push(notifyChatSubscribers(testDb.db, sender, event));
  });
  return createCaller({ ...testContext(testDb.db, principal), realtime });
};
const settled = async () => void (await Promise.all(pushes.splice(0)));

beforeAll(async () => {
  testDb = await createTestDb();
  await seedHelpCentre(testDb.db);
  pushService = await startLocalPushService(vapid.publicKey);
});
afterAll(async () => {
  await pushService.close();
  await testDb.close();
});

/** A subscriber's chat an operator took, with the subscriber's browser opted in. */
async function chatWithOperator() {
  const account = await createSubscriber(testDb.db, { balance: 10_000 });
  const subscriber = as(subscriberPrincipal(account));
  const chat = await subscriber.chat.start({ kind: "SUPPORT" });
  await subscriber.chat.send({ chatId: chat.id, text: "оператор", clientId: clientId() });
  const operator = as(staffPrincipal(await createStaff(testDb.db, ["OPERATOR"])));
  await operator.workspace.take({ chatId: chat.id });
  const subscription = pushService.subscribe();
  await subscriber.chat.subscribePush({ chatId: chat.id, subscription });
  await settled();
  return { chat, subscriber, operator, subscription };
}

describe(`Web Push for a subscriber away from the chat (${testDbLabel()})`, () => {
  it("delivers an operator's reply and the close, encrypted to the browser and signed with our VAPID key", async () => {
    const { chat, operator, subscription } = await chatWithOperator();
    const before = pushService.delivered.length;
    await operator.chat.send({ chatId: chat.id, text: "Здравствуйте! Сейчас проверю.", clientId: clientId() });
    await operator.chat.send({ chatId: chat.id, text: "заметка для коллег", clientId: clientId(), isInternal: true });
    await operator.chat.close({ chatId: chat.id });
    await settled();
    expect(pushService.refused).toEqual([]);
    const delivered = pushService.delivered.slice(before);
    expect(delivered.map((push) => push.payload)).toEqual([
      {
        title: "Ответ в чате поддержки",
        body: "Здравствуйте! Сейчас проверю.",
        url: "/account",
        tag: `chat-${chat.id}`,
      },
      { title: "Чат завершён", body: "Оцените, пожалуйста, как мы помогли", url: "/account", tag: `chat-${chat.id}` },
    ]);
    for (const push of delivered) {
      expect(push.endpoint).toBe(subscription.endpoint);
      expect(push.claims).toMatchObject({ aud: new URL(subscription.endpoint).origin, sub: vapid.subject });
    }
  });

  it("drops a subscription the push service answers 410 Gone for", async () => {
    const { chat, operator, subscription } = await chatWithOperator();
    pushService.markGone(subscription.endpoint);
    await operator.chat.send({ chatId: chat.id, text: "Вы здесь?", clientId: clientId() });
    await settled();
    expect(await testDb.db.pushSubscription.count({ where: { endpoint: subscription.endpoint } })).toBe(0);
  });

  it("takes opt-ins only from the chat's owner, and opting out stops the pushes", async () => {
    const { chat, subscriber, operator, subscription } = await chatWithOperator();
    const stranger = as(subscriberPrincipal(await createSubscriber(testDb.db, { balance: 0 })));
    await expect(
      stranger.chat.subscribePush({ chatId: chat.id, subscription: pushService.subscribe() }),
    ).rejects.toMatchObject({ cause: { code: "NOT_FOUND" } });
    await stranger.chat.unsubscribePush({ endpoint: subscription.endpoint });
    expect(await testDb.db.pushSubscription.count({ where: { chatId: chat.id } })).toBe(1);

    await subscriber.chat.unsubscribePush({ endpoint: subscription.endpoint });
    const before = pushService.delivered.length;
    await operator.chat.send({ chatId: chat.id, text: "Ответ без уведомления", clientId: clientId() });
    await settled();
    expect(pushService.delivered.length).toBe(before);
  });

  it("keeps a browser's subscription on its chat when someone else sends that endpoint for their own chat", async () => {
    const { chat, subscription } = await chatWithOperator();
    const stranger = as(subscriberPrincipal(await createSubscriber(testDb.db, { balance: 0 })));
    const strangersChat = await stranger.chat.start({ kind: "SUPPORT" });
    // The endpoint alone (seen in a log or a shared device), with the stranger's own keys.
    const forged = { ...pushService.subscribe(), endpoint: subscription.endpoint };
    await expect(stranger.chat.subscribePush({ chatId: strangersChat.id, subscription: forged })).rejects.toMatchObject(
      {
        cause: { code: "FORBIDDEN" },
      },
    );
    const kept = await testDb.db.pushSubscription.findUniqueOrThrow({ where: { endpoint: subscription.endpoint } });
    expect(kept).toMatchObject({ chatId: chat.id, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth });
  });

  it("moves the subscription to a newer chat of the same browser, signed in or not", async () => {
    const { chat, subscription } = await chatWithOperator();
    // The same browser (its own keys) signs in as another account and opts in there: the endpoint follows it.
    const other = as(subscriberPrincipal(await createSubscriber(testDb.db, { balance: 0 })));
    const newer = await other.chat.start({ kind: "SUPPORT" });
    await other.chat.subscribePush({ chatId: newer.id, subscription });
    expect(await testDb.db.pushSubscription.count({ where: { chatId: chat.id } })).toBe(0);
    expect(await testDb.db.pushSubscription.count({ where: { chatId: newer.id } })).toBe(1);
  });
});
