import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { chatOwnerWhere, isChatOwner, type ChatParty } from "@/server/domain/chat/chat-party";
import type { StoredPushSubscription } from "./push-sender";

/**
 * The chat's own subscriber or visitor opts in to pushes for it. A browser has one endpoint: opting in for a
 * newer chat moves it there, so an old chat of the same browser stops notifying. The move is allowed only from
 * the old chat's owner, or from the browser itself (it alone knows the keys stored with the endpoint, e.g. after
 * signing in): an endpoint is no secret, and anyone else could otherwise take another browser's notifications.
 */
export async function subscribeChatPush(
  db: Db,
  input: { party: ChatParty; chatId: string; subscription: StoredPushSubscription },
): Promise<void> {
  const chat = await db.chat.findUnique({ where: { id: input.chatId } });
  if (!chat || !isChatOwner(chat, input.party)) throw new AppError("NOT_FOUND");
  const { endpoint, p256dh, auth } = input.subscription;
  const existing = await db.pushSubscription.findUnique({ where: { endpoint }, include: { chat: true } });
  const sameBrowser = existing?.p256dh === p256dh && existing.auth === auth;
  if (existing && !sameBrowser && !isChatOwner(existing.chat, input.party)) throw new AppError("FORBIDDEN");
  await db.pushSubscription.upsert({
    where: { endpoint },
    create: { chatId: chat.id, endpoint, p256dh, auth },
    update: { chatId: chat.id, p256dh, auth },
  });
}

/** Opting out: only for the caller's own chats, so nobody can switch off another browser's notifications. */
export async function unsubscribeChatPush(db: Db, input: { party: ChatParty; endpoint: string }): Promise<void> {
  const owned = chatOwnerWhere(input.party);
  if (!owned) return; // staff own no chat: nothing of theirs to stop
  await db.pushSubscription.deleteMany({ where: { endpoint: input.endpoint, chat: owned } });
}
