// The questions the bot took in the demo's past chats, so /admin/bot shows what a live bot would have
// recorded: the subscriber's first question in each support chat, with what became of it. Read from the
// generated transcripts (the same rows the chats were inserted from), grouped by the database's own stemming.
import type { Prisma } from "@/server/generated/prisma/client";
import type { BotQuestionOutcome } from "@/server/generated/prisma/enums";
import { normalizeQuestion } from "@/server/domain/bot-learning/normalize-question";
import type { ChatContext } from "@/server/domain/chat/chat-context";
import { bulkInsert } from "./bulk-insert";
import type { ChatHistoryRows } from "./chat-history";
import { NOT_HELPED_REPLY } from "./chat-scripts";

const CUSTOMER = new Set(["SUBSCRIBER", "VISITOR"]);

/** What the bot's first answer came to, from the chat's handover reason and the subscriber's reply to it. */
function outcomeOf(handover: ChatContext["handoverReason"], reply: string | undefined): BotQuestionOutcome {
  if (handover === "NOTHING_FOUND") return "NOTHING_FOUND";
  if (handover === "ASKED") return "HANDED_OVER";
  if (handover === "BOT_MISSES" || reply === NOT_HELPED_REPLY) return "NOT_HELPED";
  return "ANSWERED";
}

export async function insertBotQuestions(
  tx: Prisma.TransactionClient,
  rows: Pick<ChatHistoryRows, "chats" | "messages">,
  newId: () => string,
): Promise<number> {
  const byChat = new Map<string, Prisma.ChatMessageCreateManyInput[]>();
  for (const m of rows.messages) {
    if (!CUSTOMER.has(m.author)) continue;
    const list = byChat.get(m.chatId) ?? [];
    list.push(m);
    byChat.set(m.chatId, list);
  }
  const questions: Prisma.BotQuestionCreateManyInput[] = [];
  for (const chat of rows.chats) {
    if (chat.kind !== "SUPPORT" || !chat.id) continue;
    const [question, reply] = (byChat.get(chat.id) ?? []).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    if (!question) continue;
    const context = chat.context as unknown as ChatContext;
    questions.push({
      id: newId(),
      chatId: chat.id,
      text: question.text,
      normalized: "",
      locale: "ru",
      outcome: outcomeOf(context.handoverReason, reply?.text),
      handoverReason: context.handoverReason ?? null,
      createdAt: question.createdAt,
    });
  }
  // The scripts have a few dozen phrasings: stem each once.
  const stems = new Map<string, string>();
  for (const text of new Set(questions.map((q) => q.text))) stems.set(text, await normalizeQuestion(tx, text, "ru"));
  for (const q of questions) q.normalized = stems.get(q.text) ?? "";
  return bulkInsert(tx, "BotQuestion", questions);
}
