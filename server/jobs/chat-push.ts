import { env } from "@/server/env.mjs";
import type { Db } from "@/server/db-client";
import { logger } from "@/server/log";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { notifyChatSubscribers, withChatPush } from "@/server/domain/notifications/notify-chat";
import { createWebPushSender, type PushSender, type VapidSettings } from "@/server/domain/notifications/push-sender";

const globalForPush = globalThis as unknown as { chatPushSender?: PushSender };

/** VAPID_* (kept by server/cli/auth-secret.ts); null when push is off. */
export function vapidSettings(): VapidSettings | null {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT } = env();
  return VAPID_PUBLIC_KEY && VAPID_PRIVATE_KEY
    ? { publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY, subject: VAPID_SUBJECT }
    : null;
}

/**
 * The chat events of a request, listened to for Web Push: an operator's reply or the close reaches the browsers that
 * opted in. Sent after the publish and not awaited by the request; a failure is logged, the chat itself has the message.
 */
export function withChatPushNotifications<T extends ChatEvents>(events: T, db: Db): T {
  const vapid = vapidSettings();
  if (!vapid) return events;
  const sender = (globalForPush.chatPushSender ??= createWebPushSender(vapid));
  return withChatPush(events, async (event) => {
    try {
      await notifyChatSubscribers(db, sender, event);
    } catch (error) {
      logger.warn({ event: "push.failed", chatId: event.chatId, error: String(error) }, "chat push failed");
    }
  });
}
