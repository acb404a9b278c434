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
import { findLinkedArticle } from "@/server/domain/bot-learning/find-linked-article";
import { normalizeQuestion } from "@/server/domain/bot-learning/normalize-question";
import { markLastBotQuestion, recordBotQuestion } from "@/server/domain/bot-learning/record-bot-question";
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
  if (intent === "HANDOVER") {
    // The editors learn what the bot could not settle: the last question goes over with the reason.
    const question = text.slice(0, MAX_QUERY);
    if (!(await markLastBotQuestion(db, chat.id, { handoverReason: "ASKED" }))) {
      await recordBotQuestion(db, {
        chatId: chat.id,
        text: question,
        normalized: await normalizeQuestion(db, question, context.locale),
        locale: context.locale,
        outcome: "HANDED_OVER",
        handoverReason: "ASKED",
        now,
      });
    }
    return escalateChat(db, events, chat.id, "ASKED", now);
  }

  let reply: { text: string; payload?: BotPayload };
  if (intent === "HELPED") {
    reply = { text: t("bot.glad") };
  } else if (intent === "NOT_HELPED") {
    const misses = context.botMisses + 1;
    const handover = misses >= MAX_BOT_MISSES;
    await markLastBotQuestion(db, chat.id, { notHelped: true, handoverReason: handover ? "BOT_MISSES" : undefined });
    if (handover) return escalateChat(db, events, chat.id, "BOT_MISSES", now);
    await db.chat.update({ where: { id: chat.id }, data: { context: { ...context, botMisses: misses } as object } });
    reply = { text: t("bot.rephrase"), payload: { quickReplies: [t("bot.quickOperator")] } };
  } else {
    const question = text.slice(0, MAX_QUERY);
    const asked = { chatId: chat.id, text: question, locale: context.locale, now };
    const normalized = await normalizeQuestion(db, question, context.locale);
    // An editor's answer to this phrasing comes first; otherwise the help search.
    const linked = await findLinkedArticle(db, normalized, context.locale);
    const articles = linked
      ? [linked]
      : (await searchHelpArticles(db, { query: question, locale: context.locale, limit: 3, offset: 0 })).items;
    if (articles.length === 0) {
      await recordBotQuestion(db, { ...asked, normalized, outcome: "NOTHING_FOUND", handoverReason: "NOTHING_FOUND" });
      return escalateChat(db, events, chat.id, "NOTHING_FOUND", now);
    }
    await recordBotQuestion(db, { ...asked, normalized, outcome: "ANSWERED", linkedArticleId: linked?.id });
    reply = articleAnswer(t, articles);
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
