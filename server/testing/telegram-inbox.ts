import { randomBytes } from "node:crypto";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { Db } from "@/server/db-client";
import { inboxTransport } from "@/server/channels/inbox-transport";
import { receiveWebhook } from "@/server/channels/receive-webhook";
import { SECRET_HEADER } from "@/server/channels/telegram/parse-update";
import { createTelegramAdapter } from "@/server/channels/telegram/telegram-adapter";
import { startFakeBotApi } from "@/server/channels/telegram/fake-bot-api";
import { connectChannelInbox } from "@/server/channels/connect-channel-inbox";
import { announceDelivery } from "@/server/domain/channels/message-deliveries";
import { relayReplies } from "@/server/domain/channels/relay-replies";
import { deliverPendingMessages } from "@/server/domain/outbox/deliver-pending-messages";
import { recordingPublisher } from "./recording-publisher";

export const TEST_SITE_URL = "https://portal.test";

/**
 * A Telegram inbox wired as in production (webhook handler, domain, outbox, adapter) against a local fake
 * Bot API: `post` sends an update through the webhook, `deliver` runs one relay and outbox pass.
 */
export async function telegramInboxHarness(db: Db) {
  const fake = await startFakeBotApi();
  const secretsKey = randomBytes(32);
  const webhookSecret = randomBytes(24).toString("hex");
  const adapter = createTelegramAdapter({ baseUrl: fake.baseUrl });
  const { inbox } = await connectChannelInbox(
    db,
    { secretsKey, adapter, siteUrl: TEST_SITE_URL },
    { name: "Бот поддержки", secrets: { token: `123456:${randomBytes(12).toString("hex")}`, webhookSecret } },
  );
  const events = recordingPublisher();
  const receive = {
    events,
    limiter: new RateLimiterMemory({ points: 1000, duration: 1 }),
    reviewUrl: "https://example.com/reviews",
  };
  const transport = inboxTransport({ db, secretsKey, adapters: { TELEGRAM: adapter }, events });
  let updateId = 1000;

  const post = (body: unknown, opts: { secret?: string | null; inboxId?: string; raw?: string } = {}) => {
    const headers = new Headers({ "content-type": "application/json" });
    const secret = opts.secret === undefined ? webhookSecret : opts.secret;
    if (secret !== null) headers.set(SECRET_HEADER, secret);
    const request = new Request(`${TEST_SITE_URL}/api/channels/telegram/${inbox.id}`, {
      method: "POST",
      headers,
      body: opts.raw ?? JSON.stringify(body),
    });
    return receiveWebhook(request, opts.inboxId ?? inbox.id, { db, secretsKey, adapter, receive });
  };
  const from = { id: 777001, first_name: "Ирина", last_name: "Смирнова", language_code: "ru" };
  const message = (fields: Record<string, unknown>, id = ++updateId) => ({
    update_id: id,
    message: { message_id: id, date: 0, from, chat: { id: from.id, type: "private" }, ...fields },
  });
  const press = (data: string, id = ++updateId) => ({
    update_id: id,
    callback_query: { id: `cb${id}`, from, data, message: { message_id: 1, chat: { id: from.id } } },
  });
  const deliver = async (now = new Date()) => {
    // As the outbox job wires it: the workspace hears of each reply's delivery.
    await relayReplies(db, { siteUrl: TEST_SITE_URL, now, events });
    return deliverPendingMessages(db, transport, now, undefined, (id) => announceDelivery(db, events, id));
  };
  return {
    fake,
    inbox,
    secretsKey,
    webhookSecret,
    adapter,
    events,
    receive,
    post,
    message,
    press,
    deliver,
    chatId: String(from.id),
  };
}
