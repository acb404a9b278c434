import type { Db } from "@/server/db-client";
import { createTranslator } from "@/components/i18n/translate";
import { AppError } from "@/server/domain/errors";
import { appendMessage } from "./append-message";
import { readChatContext } from "./chat-context";
import { announceChatState, announceMessage, type ChatEvents } from "./chat-events";
import { toMessageView } from "./message-view";

/**
 * An operator takes a waiting chat. The operator's row is locked while their active
 * chats are counted, so parallel takes never exceed the limit, and the chat moves only
 * from QUEUED, so it is never assigned twice.
 */
export async function takeChat(db: Db, events: ChatEvents, input: { chatId: string; staffId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const result = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "StaffUser" WHERE "id" = ${input.staffId} FOR UPDATE`;
      const operator = await tx.staffUser.findUniqueOrThrow({ where: { id: input.staffId } });
      const active = await tx.chat.count({ where: { operatorId: operator.id, state: "ASSIGNED" } });
      if (active >= operator.chatLimit) throw new AppError("CHAT_LIMIT_REACHED");
      const moved = await tx.chat.updateMany({ where: { id: input.chatId, state: "QUEUED" }, data: { state: "ASSIGNED", operatorId: operator.id, assignedAt: now } });
      if (moved.count === 0) {
        const exists = await tx.chat.count({ where: { id: input.chatId } });
        throw new AppError(exists ? "CHAT_ALREADY_TAKEN" : "NOT_FOUND");
      }
      const chat = await tx.chat.findUniqueOrThrow({ where: { id: input.chatId } });
      const t = createTranslator(readChatContext(chat.context).locale);
      // Names are stored surname first ("Смирнова Ольга Викторовна"); the subscriber is told the first name.
      const [surname, firstName] = operator.fullName.trim().split(/\s+/);
      const message = await appendMessage(tx, { chatId: chat.id, author: "SYSTEM", text: t("bot.operatorJoined", { name: firstName ?? surname ?? operator.fullName }), now });
      return { chat: await tx.chat.findUniqueOrThrow({ where: { id: chat.id } }), message };
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
  await announceMessage(events, toMessageView(result.message));
  await announceChatState(events, result.chat);
  return result.chat;
}
