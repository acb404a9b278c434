import type { Db } from "@/server/db-client";
import type { BotQuestionOutcome } from "@/server/generated/prisma/enums";
import type { Locale } from "@/i18n/locales";
import { MAX_QUESTION_LENGTH } from "./normalize-question";

/** One question the bot took, with what became of it. */
export async function recordBotQuestion(
  db: Db,
  input: {
    chatId: string;
    text: string;
    normalized: string;
    locale: Locale;
    outcome: BotQuestionOutcome;
    handoverReason?: string;
    linkedArticleId?: string | null;
    now: Date;
  },
) {
  await db.botQuestion.create({
    data: {
      chatId: input.chatId,
      text: input.text.trim().slice(0, MAX_QUESTION_LENGTH),
      normalized: input.normalized,
      locale: input.locale,
      outcome: input.outcome,
      handoverReason: input.handoverReason ?? null,
      linkedArticleId: input.linkedArticleId ?? null,
      createdAt: input.now,
    },
  });
}

/**
 * What the subscriber said after the bot's last answer in this chat: it did not help, or they went to an operator
 * (with the reason). Returns false when the chat has no question yet.
 */
export async function markLastBotQuestion(
  db: Db,
  chatId: string,
  change: { notHelped?: boolean; handoverReason?: string },
): Promise<boolean> {
  const last = await db.botQuestion.findFirst({ where: { chatId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (!last) return false;
  let outcome = last.outcome;
  if (change.notHelped && outcome === "ANSWERED") outcome = "NOT_HELPED";
  if (change.handoverReason && outcome === "ANSWERED") outcome = "HANDED_OVER";
  await db.botQuestion.update({
    where: { id: last.id },
    data: { outcome, handoverReason: change.handoverReason ?? last.handoverReason },
  });
  return true;
}
