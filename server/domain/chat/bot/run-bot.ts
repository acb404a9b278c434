import type { Db } from "@/server/db-client";
import { createTranslator } from "@/i18n/translator";
import { searchHelpArticles } from "@/server/domain/help/search-help-articles";
import type { Chat } from "@/server/generated/prisma/client";
import type { BotPayload } from "@/server/realtime/contract";
import { appendMessage } from "../append-message";
import { readChatContext } from "../chat-context";
import { announceMessage, type ChatEvents } from "../chat-events";
import { escalateChat } from "../escalate-chat";
import { toMessageView } from "../message-view";
import { articleAnswer } from "./article-answer";
import { MAX_BOT_MISSES, understand } from "./understand";

const MAX_QUERY = 200;

/**
 * The bot's turn after a subscriber's message: answer from the help centre (the best
 * 1–3 articles with quick buttons), or hand over when asked, when nothing is found, or
 * after answers that did not help.
 */
export async function runBot(
  db: Db,
  events: ChatEvents,
  chat: Pick<Chat, "id" | "state" | "context">,
  text: string,
  now = new Date(),
) {
  const context = readChatContext(chat.context);
  const t = createTranslator(context.locale);
  const intent = understand(text);
  if (intent === "HANDOVER") return escalateChat(db, events, chat.id, "ASKED", now);

  let reply: { text: string; payload?: BotPayload };
  if (intent === "HELPED") {
    reply = { text: t("bot.glad") };
  } else if (intent === "NOT_HELPED") {
    const misses = context.botMisses + 1;
    if (misses >= MAX_BOT_MISSES) return escalateChat(db, events, chat.id, "BOT_MISSES", now);
    await db.chat.update({ where: { id: chat.id }, data: { context: { ...context, botMisses: misses } as object } });
    reply = { text: t("bot.rephrase"), payload: { quickReplies: [t("bot.quickOperator")] } };
  } else {
    const found = await searchHelpArticles(db, {
      query: text.slice(0, MAX_QUERY),
      locale: context.locale,
      limit: 3,
      offset: 0,
    });
    if (found.items.length === 0) return escalateChat(db, events, chat.id, "NOTHING_FOUND", now);
    reply = articleAnswer(t, found.items);
  }
  const message = await db.$transaction((tx) =>
    appendMessage(tx, {
      chatId: chat.id,
      author: "BOT",
      text: reply.text,
      payload: reply.payload as object | undefined,
      now,
    }),
  );
  await announceMessage(events, toMessageView(message));
  return chat;
}
