import type { Db } from "@/server/db-client";
import { raiseFollowUp } from "@/server/domain/follow-ups/raise-follow-up";
import { createTranslator } from "@/i18n/translator";
import { AppError } from "@/server/domain/errors";
import { appendMessage } from "./append-message";
import { readChatContext } from "./chat-context";
import { announceChatState, announceMessage, type ChatEvents } from "./chat-events";
import { isChatOwner, type ChatParty } from "./chat-party";
import { toMessageView } from "./message-view";

/**
 * Either side ends the chat; then the widget asks for the rating. An escalated chat
 * that ends without a human reply is a missed dialog and gets a follow-up.
 */
export async function closeChat(db: Db, events: ChatEvents, input: { party: ChatParty; chatId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const chat = await db.chat.findUnique({ where: { id: input.chatId } });
  if (!chat) throw new AppError("NOT_FOUND");
  const owner = isChatOwner(chat, input.party);
  const operator = input.party.kind === "staff" && chat.operatorId === input.party.staffId;
  if (!owner && !operator) throw new AppError("NOT_FOUND");
  if (chat.state === "CLOSED" || chat.state === "RATED") return chat;

  const missed = chat.queuedAt !== null && chat.firstResponseAt === null;
  // Ending unanswered makes it a missed dialog now, charged to whoever holds it (if anyone), unless the
  // SLA made it one earlier: that charge stays with the operator who held it then.
  const missedNow = missed && !chat.isMissed ? { isMissed: true, missedById: chat.operatorId } : {};
  const t = createTranslator(readChatContext(chat.context).locale);
  const result = await db.$transaction(async (tx) => {
    const moved = await tx.chat.updateMany({
      where: { id: chat.id, state: { in: ["BOT", "QUEUED", "ASSIGNED"] } },
      data: { state: "CLOSED", closedAt: now, ...missedNow },
    });
    if (moved.count === 0) return null;
    // The SLA may have put it on the follow-up list already.
    if (missed) await raiseFollowUp(tx, { subject: { chatId: chat.id }, reason: "MISSED", now });
    const message = await appendMessage(tx, {
      chatId: chat.id,
      author: "SYSTEM",
      text: t(owner ? "bot.closedBySubscriber" : "bot.closedByOperator"),
      now,
    });
    return { chat: await tx.chat.findUniqueOrThrow({ where: { id: chat.id } }), message };
  });
  if (!result) return db.chat.findUniqueOrThrow({ where: { id: chat.id } });
  await announceMessage(events, toMessageView(result.message));
  await announceChatState(events, result.chat);
  return result.chat;
}
