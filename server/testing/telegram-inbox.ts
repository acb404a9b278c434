import { randomBytes } from "node:crypto";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@/server/db-client";
import { SECRET_HEADER } from "@/server/channels/telegram/parse-update";
import { createTelegramAdapter } from "@/server/channels/telegram/telegram-adapter";
import { startFakeBotApi } from "@/server/channels/telegram/fake-bot-api";
import { channelInboxHarness, TEST_SITE_URL } from "./channel-inbox";

export { TEST_SITE_URL };

/**
 * A Telegram inbox wired as in production (webhook handler, domain, outbox, adapter) against a local fake
 * Bot API: `post` sends an update through the webhook, `deliver` runs one relay and outbox pass.
 */
export async function telegramInboxHarness(db: Db) {
  const fake = await startFakeBotApi();
  const webhookSecret = randomBytes(24).toString("hex");
  const adapter = createTelegramAdapter({ baseUrl: fake.baseUrl });
  const harness = await channelInboxHarness(db, {
    adapter,
    secrets: { token: `123456:${randomBytes(12).toString("hex")}`, webhookSecret },
  });
  let updateId = 1000;

  const post = (
    body: unknown,
    opts: { secret?: string | null; inboxId?: string; raw?: string; now?: Date; flood?: RateLimiterAbstract } = {},
  ) => {
    const headers = new Headers({ "content-type": "application/json" });
    const secret = opts.secret === undefined ? webhookSecret : opts.secret;
    if (secret !== null) headers.set(SECRET_HEADER, secret);
    return harness.send(opts.raw ?? JSON.stringify(body), headers, opts.inboxId, opts);
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
  return { ...harness, fake, webhookSecret, adapter, post, message, press, chatId: String(from.id) };
}
