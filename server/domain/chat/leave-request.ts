import type { Db } from "@/server/db-client";
import { createTranslator } from "@/i18n/translator";
import { AppError } from "@/server/domain/errors";
import { appendMessage } from "./append-message";
import { readChatContext } from "./chat-context";
import { announceChatState, announceMessage, type ChatEvents } from "./chat-events";
import { isChatOwner, type ChatParty } from "./chat-party";
import { toMessageView } from "./message-view";

/** No operator online: the subscriber leaves a request instead of waiting; it stays in the queue. */
export async function leaveRequest(db: Db, events: ChatEvents, input: { party: ChatParty; chatId: string }) {
  const chat = await db.chat.findUnique({ where: { id: input.chatId } });
  if (!chat || !isChatOwner(chat, input.party)) throw new AppError("NOT_FOUND");
  if (chat.state !== "QUEUED") throw new AppError("CHAT_CLOSED");
  if (chat.leftRequest) return chat;
  const t = createTranslator(readChatContext(chat.context).locale);
  const { updated, message } = await db.$transaction(async (tx) => ({
    updated: await tx.chat.update({ where: { id: chat.id }, data: { leftRequest: true } }),
    message: await appendMessage(tx, { chatId: chat.id, author: "SYSTEM", text: t("bot.requestLeft") }),
  }));
  await announceMessage(events, toMessageView(message));
  await announceChatState(events, updated);
  return updated;
}
