import type { Db } from "@/server/db-client";
import { createTranslator } from "@/i18n/translator";
import { appendMessage } from "@/server/domain/chat/append-message";
import { announceMessage, type ChatEvents } from "@/server/domain/chat/chat-events";
import { toMessageView } from "@/server/domain/chat/message-view";
import { latestContactChat, OPEN_CHAT_STATES } from "./contact-chats";

/** The pictures of an outgoing reply, as stored (already cleaned when they were attached). */
export async function readOutboundImages(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.attachment.findMany({
    where: { id: { in: ids } },
    select: { id: true, mimeType: true, data: true },
  });
  return ids.flatMap((id) => rows.filter((row) => row.id === id));
}

/**
 * The messenger refused the contact for good (blocked the bot): no later reply is tried, and the operator of
 * the contact's open chat reads why in a staff note.
 */
export async function markContactUnreachable(
  db: Db,
  events: ChatEvents,
  target: { inboxId: string; externalId: string; now?: Date },
): Promise<void> {
  const now = target.now ?? new Date();
  const contact = await db.channelContact.findUnique({
    where: { inboxId_externalId: { inboxId: target.inboxId, externalId: target.externalId } },
  });
  if (!contact || contact.unreachableAt) return;
  const marked = await db.channelContact.updateMany({
    where: { id: contact.id, unreachableAt: null },
    data: { unreachableAt: now },
  });
  if (marked.count === 0) return;
  const open = await latestContactChat(db, contact.id, { state: { in: OPEN_CHAT_STATES } });
  if (!open) return;
  const t = createTranslator(contact.locale === "en" ? "en" : "ru");
  const note = await appendMessage(db, {
    chatId: open.id,
    author: "SYSTEM",
    text: t("bot.contactUnreachable"),
    isInternal: true,
    now,
  });
  await announceMessage(events, toMessageView(note));
}
