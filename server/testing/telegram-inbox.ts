import { randomBytes } from "node:crypto";
import { RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@/server/db-client";
import { inboxTransport } from "@/server/channels/inbox-transport";
import { receiveWebhook } from "@/server/channels/receive-webhook";
import { SECRET_HEADER } from "@/server/channels/telegram/parse-update";
import { createTelegramAdapter } from "@/server/channels/telegram/telegram-adapter";
import { startFakeBotApi } from "@/server/channels/telegram/fake-bot-api";
import { connectChannelInbox } from "@/server/channels/connect-channel-inbox";
import { relayReplies } from "@/server/domain/channels/relay-replies";
import type { ReceiveDeps } from "@/server/domain/channels/receive-inbound-event";
import { deliverPendingMessages } from "@/server/domain/outbox/deliver-pending-messages";
import { RecoveryThrottle } from "@/server/domain/recovery/recovery-throttle";
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
  const receive: ReceiveDeps = {
    events,
    limiter: new RateLimiterMemory({ points: 1000, duration: 1 }),
    reviewUrl: "https://example.com/reviews",
    // This file's own SMS-code limits, so tests do not share the process's.
    throttle: new RecoveryThrottle(),
    siteUrl: TEST_SITE_URL,
  };
  const transport = inboxTransport({ db, secretsKey, adapters: { TELEGRAM: adapter }, events });
  let updateId = 1000;

  const post = (
    body: unknown,
    opts: { secret?: string | null; inboxId?: string; raw?: string; now?: Date; flood?: RateLimiterAbstract } = {},
  ) => {
    const headers = new Headers({ "content-type": "application/json" });
    const secret = opts.secret === undefined ? webhookSecret : opts.secret;
    if (secret !== null) headers.set(SECRET_HEADER, secret);
    const request = new Request(`${TEST_SITE_URL}/api/channels/telegram/${inbox.id}`, {
      method: "POST",
      headers,
      body: opts.raw ?? JSON.stringify(body),
    });
    const now = opts.now ? () => opts.now! : undefined;
    return receiveWebhook(request, opts.inboxId ?? inbox.id, {
      db,
      secretsKey,
      adapter,
      receive,
      now,
      flood: opts.flood,
    });
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
    await relayReplies(db, { siteUrl: TEST_SITE_URL, now });
    return deliverPendingMessages(db, transport, now);
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
