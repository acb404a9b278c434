import type { Db } from "@/server/db-client";
import { sqlRunner } from "@/server/db-driver";
import { Prisma } from "@/server/generated/prisma/client";
import { createTranslator } from "@/i18n/translator";
import { readChatContext } from "@/server/domain/chat/chat-context";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { chatChannel, type EventPayload, type ServerEventName } from "@/server/realtime/contract";
import type { PushNotice, PushSender, StoredPushSubscription } from "./push-sender";

/** Long replies are cut: a notification shows a few lines, the chat has the rest. */
const MAX_BODY_LENGTH = 180;
/** Where a notification's click leads: any page shows the chat widget, the account is the installed app's start. */
const CHAT_URL = "/account";

type ChatPushEvent = { chatId: string; kind: "reply"; text: string } | { chatId: string; kind: "closed" };

/** The chat events a subscriber away from the page hears of: an operator's reply (not a staff note) and the close. */
export function chatPushEventOf<E extends ServerEventName>(
  channel: string,
  event: E,
  data: EventPayload<E>,
): ChatPushEvent | null {
  if (event === "message") {
    const message = data as EventPayload<"message">;
    if (channel !== chatChannel(message.chatId) || message.author !== "OPERATOR" || message.isInternal) return null;
    return { chatId: message.chatId, kind: "reply", text: message.text };
  }
  if (event === "state") {
    const state = data as EventPayload<"state">;
    if (channel !== chatChannel(state.id) || state.state !== "CLOSED") return null;
    return { chatId: state.id, kind: "closed" };
  }
  return null;
}

/** Sends the event to every browser that opted in for the chat, in the chat's language; drops the gone ones. */
export async function notifyChatSubscribers(db: Db, sender: PushSender, event: ChatPushEvent): Promise<number> {
  // One statement on the driver (server/db-driver.ts): it runs after every operator reply, most chats have no
  // subscription, and Prisma costs a compile and more per statement.
  const subscriptions = await sqlRunner(db).query<StoredPushSubscription & { id: string; context: unknown }>(Prisma.sql`
    SELECT s."id", s."endpoint", s."p256dh", s."auth", c."context"
      FROM "PushSubscription" s JOIN "Chat" c ON c."id" = s."chatId"
     WHERE s."chatId" = ${event.chatId}
     ORDER BY s."createdAt", s."id"`);
  if (subscriptions.length === 0) return 0;
  const t = createTranslator(readChatContext(subscriptions[0]!.context).locale);
  const text = event.kind === "reply" ? event.text : t("push.closedBody");
  const notice: PushNotice = {
    title: t(event.kind === "reply" ? "push.replyTitle" : "push.closedTitle"),
    body: text.length > MAX_BODY_LENGTH ? `${text.slice(0, MAX_BODY_LENGTH - 1)}…` : text,
    url: CHAT_URL,
    tag: `chat-${event.chatId}`,
  };
  let sent = 0;
  for (const subscription of subscriptions) {
    if ((await sender.send(subscription, notice)) === "gone") {
      await db.pushSubscription.deleteMany({ where: { id: subscription.id } });
    } else sent++;
  }
  return sent;
}

/**
 * The chat's events with pushes behind them: each publish goes out as before, then the event is handed to `notify`,
 * which must not throw (the caller's reply is stored and announced already; a push is a courtesy).
 */
export function withChatPush<T extends ChatEvents>(events: T, notify: (event: ChatPushEvent) => Promise<void>): T {
  return {
    ...events,
    async publish(channel, event, data) {
      const published = await events.publish(channel, event, data);
      const pushEvent = chatPushEventOf(channel, event, data);
      if (pushEvent) void notify(pushEvent);
      return published;
    },
  };
}
