import type { Db } from "@/server/db-client";
import type { Locale } from "@/i18n/locales";
import { AppError } from "@/server/domain/errors";
import { isChatStaff, type ChatParty } from "@/server/domain/chat/chat-party";
import { searchHelpArticles } from "@/server/domain/help/search-help-articles";
import { MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";

const SUGGESTIONS = 3;

/**
 * Help articles for what the subscriber wrote last in a chat, found by the help centre's own search (any
 * of the words when no article has them all). Only the chat's operator or a supervisor; anyone else gets
 * NOT_FOUND, as for the chat itself.
 */
export async function suggestArticlesForChat(db: Db, party: ChatParty, chatId: string, locale: Locale) {
  const chat = await db.chat.findUnique({
    where: { id: chatId },
    select: { accountId: true, visitorToken: true, operatorId: true },
  });
  if (!chat || !isChatStaff(chat, party)) throw new AppError("NOT_FOUND");
  const last = await db.chatMessage.findFirst({
    where: { chatId, author: { in: ["SUBSCRIBER", "VISITOR"] }, isInternal: false },
    orderBy: { seq: "desc" },
    select: { text: true },
  });
  const question = (last?.text ?? "").trim().slice(0, MAX_HELP_QUERY_LENGTH);
  if (!question) return { question: null, articles: [] };
  const found = await searchHelpArticles(db, { query: question, locale, limit: SUGGESTIONS, offset: 0 });
  return { question, articles: found.items.map((a) => ({ slug: a.slug, title: a.title })) };
}
