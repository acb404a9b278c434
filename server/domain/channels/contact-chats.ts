import type { Db } from "@/server/db-client";
import { createTranslator } from "@/i18n/translator";
import type { ChatParty } from "@/server/domain/chat/chat-party";
import type { ChatState } from "@/server/generated/prisma/enums";
import type { ChannelContact, Prisma } from "@/server/generated/prisma/client";
import { enqueueOutbound, type OutboundMessage } from "./outbound";
import { relayReplies } from "./relay-replies";

type ContactParty = Pick<ChannelContact, "visitorToken" | "accountId">;

/** Who the contact is to the chat domain: the linked subscriber, or a visitor known by the contact's token. */
export function contactParty(contact: ContactParty): ChatParty {
  return contact.accountId
    ? { kind: "subscriber", accountId: contact.accountId }
    : { kind: "visitor", token: contact.visitorToken };
}

export const contactTranslator = (contact: { locale: string }) =>
  createTranslator(contact.locale === "en" ? "en" : "ru");

export const OPEN_CHAT_STATES: ChatState[] = ["BOT", "QUEUED", "ASSIGNED"];

/**
 * The contact's newest chat that came through its inbox and matches `where`, whoever owns it now (a chat
 * opened as a visitor stays the contact's after linking).
 */
export async function latestContactChat(db: Db | Prisma.TransactionClient, contactId: string, where = {}) {
  const links = await db.channelChat.findMany({ where: { contactId }, select: { chatId: true } });
  if (links.length === 0) return null;
  return db.chat.findFirst({
    where: { id: { in: links.map((link) => link.chatId) }, ...where },
    orderBy: { createdAt: "desc" },
  });
}

export interface ReplyTarget {
  inboxId: string;
  contact: Pick<ChannelContact, "id" | "externalId">;
  /** Where the chat's article links point; with it, the chat's lines not yet relayed leave first. */
  siteUrl?: string;
}

/**
 * A bot's own answer to the contact (linking, the rating's follow-ups): straight to the outbox, behind the
 * replies of the contact's latest chat (relayed first), so they arrive in order.
 */
export async function replyToContact(db: Db, target: ReplyTarget, message: OutboundMessage, now?: Date) {
  const chat = await latestContactChat(db, target.contact.id);
  if (chat && target.siteUrl) await relayReplies(db, { siteUrl: target.siteUrl, chatId: chat.id, now });
  const chatId = chat?.id ?? `contact:${target.contact.id}`;
  await db.$transaction((tx) =>
    enqueueOutbound(tx, { inboxId: target.inboxId, recipient: target.contact.externalId, chatId }, [{ message }], now),
  );
}
