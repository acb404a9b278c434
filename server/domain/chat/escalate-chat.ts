import type { Db } from "@/server/db-client";
import { createTranslator } from "@/i18n/translator";
import { appendMessage } from "./append-message";
import { readChatContext, type ChatContext } from "./chat-context";
import { announceChatState, announceMessage, type ChatEvents } from "./chat-events";
import { toMessageView } from "./message-view";

type HandoverReason = NonNullable<ChatContext["handoverReason"]>;

const reasonText = {
  ASKED: "bot.handoverAsked",
  NOTHING_FOUND: "bot.handoverNothingFound",
  BOT_MISSES: "bot.handoverMisses",
  SALES: "bot.handoverAsked",
} as const;

/**
 * Hands a bot chat to the operator queue. The queue clock starts now (first response
 * time never counts the bot), and the bot's conversation goes into the context.
 */
export async function escalateChat(
  db: Db,
  events: ChatEvents,
  chatId: string,
  reason: HandoverReason,
  now = new Date(),
) {
  const result = await db.$transaction(async (tx) => {
    const moved = await tx.chat.updateMany({
      where: { id: chatId, state: "BOT" },
      data: { state: "QUEUED", queuedAt: now },
    });
    if (moved.count === 0) return null;
    const chat = await tx.chat.findUniqueOrThrow({
      where: { id: chatId },
      include: { messages: { orderBy: { seq: "asc" } } },
    });
    const context = readChatContext(chat.context);
    const transcript = chat.messages
      .filter((m) => m.author === "BOT" || m.author === "SUBSCRIBER" || m.author === "VISITOR")
      .map((m) => ({ author: m.author, text: m.text }));
    await tx.chat.update({
      where: { id: chatId },
      data: { context: { ...context, handoverReason: reason, botTranscript: transcript } as object },
    });
    const message = await appendMessage(tx, {
      chatId,
      author: "BOT",
      text: createTranslator(context.locale)(reasonText[reason]),
      now,
    });
    return { chat: await tx.chat.findUniqueOrThrow({ where: { id: chatId } }), message };
  });
  if (!result) return null;
  await announceMessage(events, toMessageView(result.message));
  await announceChatState(events, result.chat);
  return result.chat;
}
