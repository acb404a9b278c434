import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import { closeChat } from "@/server/domain/chat/close-chat";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { isChatStaff, type ChatParty } from "@/server/domain/chat/chat-party";
import { AppError } from "@/server/domain/errors";
import { contactTranslator, latestContactChat, OPEN_CHAT_STATES, replyToContact } from "./contact-chats";
import { unlinkContact } from "./contact-link";
import { textOnly } from "./outbound";

/**
 * Ends a contact's link to its subscriber account and the subscriber's open chat that came through it, so
 * nothing more of the account reaches the messenger; later chats are a visitor's. Audited with the actor (null:
 * the contact itself). Returns the account it was linked to, or null when it was not linked.
 */
export async function endContactLink(
  db: Db,
  events: ChatEvents,
  input: { contactId: string; actor: Principal | null; now: Date; chatId?: string },
): Promise<string | null> {
  const accountId = await unlinkContact(db, input);
  if (!accountId) return null;
  const open = await latestContactChat(db, input.contactId, { state: { in: OPEN_CHAT_STATES }, accountId });
  if (open) {
    // Not asked to rate it: the contact is no longer the subscriber who could.
    await db.channelChat.update({ where: { chatId: open.id }, data: { ratingPromptedAt: input.now } });
    await closeChat(db, events, { party: { kind: "subscriber", accountId }, chatId: open.id, now: input.now });
  }
  return accountId;
}

/** Whether the chat came through a messenger contact that is linked to the chat's subscriber account now. */
export async function isChatContactLinked(db: Db, chat: { id: string; accountId: string | null }): Promise<boolean> {
  if (!chat.accountId) return false;
  const link = await db.channelChat.findUnique({ where: { chatId: chat.id }, select: { contact: true } });
  return link?.contact.accountId === chat.accountId;
}

/**
 * The chat's operator or a supervisor unlinks the messenger contact from the subscriber account the chat shows
 * (a wrong person linked, or the subscriber asked by phone): the link ends as above, audited with the staff
 * member, and the contact is told. NOT_FOUND for a chat they may not see or one not from a messenger; CONFLICT
 * when the contact is not linked to this chat's account (already unlinked, or linked elsewhere since).
 */
export async function unlinkChatContact(
  db: Db,
  events: ChatEvents,
  input: { party: ChatParty; actor: Principal; chatId: string; siteUrl?: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const chat = await db.chat.findUnique({ where: { id: input.chatId } });
  if (!chat || !isChatStaff(chat, input.party)) throw new AppError("NOT_FOUND");
  const link = await db.channelChat.findUnique({ where: { chatId: chat.id }, select: { contact: true } });
  if (!link) throw new AppError("NOT_FOUND");
  const { contact } = link;
  if (!chat.accountId || contact.accountId !== chat.accountId) throw new AppError("CONFLICT");
  const accountId = await endContactLink(db, events, {
    contactId: contact.id,
    actor: input.actor,
    now,
    chatId: chat.id,
  });
  if (!accountId) throw new AppError("CONFLICT");
  const t = contactTranslator(contact);
  const target = { inboxId: contact.inboxId, contact, siteUrl: input.siteUrl };
  await replyToContact(db, target, textOnly(t("messenger.unlinkedByOperator")), now);
  return { unlinked: true as const };
}
