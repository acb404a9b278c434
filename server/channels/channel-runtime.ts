import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@/server/db-client";
import { getChatSendLimiter } from "@/server/chat-limiters";
import { dispatchChatsNow } from "@/server/domain/chat/assignment/dispatch-now";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { parseSecretsKey } from "@/server/domain/channels/inbox-secrets";
import type { MessengerChannel } from "@/server/domain/channels/inboxes";
import type { ReceiveDeps } from "@/server/domain/channels/receive-inbound-event";
import { getRecoveryThrottle } from "@/server/domain/recovery/recovery-throttle-instance";
import { env } from "@/server/env.mjs";
import { limiterForEnvironment } from "@/server/rate-limiter-factory";
import type { ChannelAdapter } from "./channel-adapter";
import { createFacebookAdapter } from "./facebook/facebook-adapter";
import { createTelegramAdapter } from "./telegram/telegram-adapter";
import { createViberAdapter } from "./viber/viber-adapter";
import { createVkAdapter } from "./vk/vk-adapter";

/** The process's inbox secrets key; null when none is configured, and then no inbox works. */
export function channelSecretsKey(): Buffer | null {
  const hex = env().CHANNEL_SECRETS_KEY;
  return hex ? parseSecretsKey(hex) : null;
}

/** The adapters this build speaks, each against its configured base URL. */
export function channelAdapters(): Record<MessengerChannel, ChannelAdapter> {
  const settings = env();
  return {
    TELEGRAM: createTelegramAdapter({ baseUrl: settings.TELEGRAM_API_BASE_URL }),
    VK: createVkAdapter({ baseUrl: settings.VK_API_BASE_URL }),
    VIBER: createViberAdapter({ baseUrl: settings.VIBER_API_BASE_URL }),
    FACEBOOK: createFacebookAdapter({ baseUrl: settings.FACEBOOK_GRAPH_BASE_URL }),
  };
}

/** Where links in messenger replies point: the site's public address. */
export function siteUrl(): string {
  return env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`;
}

/** What an inbound event needs to meet the chat domain, as the site widget's procedures pass it. */
export function receiveDeps(db: Db, events: ChatEvents): ReceiveDeps {
  return {
    events,
    limiter: getChatSendLimiter(),
    onQueued: () => dispatchChatsNow(db, events),
    throttle: getRecoveryThrottle(),
    siteUrl: siteUrl(),
  };
}

/**
 * Authentic updates one inbox may bring per second (shared by instances through Redis when configured). Far
 * above a real bot's traffic and the bench's 100/s; past it a flood is answered 429 and Telegram retries.
 */
export const WEBHOOK_UPDATES_PER_SECOND = 300;

const globalForFlood = globalThis as unknown as { webhookFlood?: RateLimiterAbstract };

export function webhookFloodLimiter(): RateLimiterAbstract {
  globalForFlood.webhookFlood ??= limiterForEnvironment()("channel-webhook", WEBHOOK_UPDATES_PER_SECOND, 1);
  return globalForFlood.webhookFlood;
}
