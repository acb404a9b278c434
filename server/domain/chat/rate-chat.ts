import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { isChatOwner, type ChatParty } from "./chat-party";
import { markLastBotQuestion } from "@/server/domain/bot-learning/record-bot-question";

export interface RateChatInput {
  party: ChatParty;
  chatId: string;
  /** 1–5 for the operator (CSI). */
  score: number;
  /** 0–10 "would you recommend us", optional (NPS). */
  npsScore?: number | null;
  comment?: string | null;
  reviewUrl: string;
  now?: Date;
}

/** A rating's comment is kept up to this long (the widget's form allows the same). */
export const MAX_RATING_COMMENT = 2_000;

/** The thanks that follows: happy customers are invited to a public review. */
export type RatingOutcome = { inviteToReview: string | null; followUp: boolean };

async function closedChatOf(db: Db, party: ChatParty, chatId: string) {
  const chat = await db.chat.findUnique({ where: { id: chatId } });
  if (!chat || !isChatOwner(chat, party)) throw new AppError("NOT_FOUND");
  if (chat.state === "RATED") throw new AppError("ALREADY_RATED");
  if (chat.state !== "CLOSED") throw new AppError("CHAT_CLOSED");
  return chat;
}

/** One rating per escalated chat, only by its own subscriber or visitor; a 3 or lower raises a follow-up. */
export async function rateChat(db: Db, input: RateChatInput): Promise<RatingOutcome> {
  const chat = await closedChatOf(db, input.party, input.chatId);
  if (!chat.queuedAt) throw new AppError("INVALID_INPUT", { field: "score" });
  const now = input.now ?? new Date();
  const followUp = input.score <= 3;
  try {
    await db.$transaction(async (tx) => {
      await tx.rating.create({
        data: {
          chatId: chat.id,
          score: input.score,
          npsScore: input.npsScore ?? null,
          comment: input.comment?.trim() || null,
          // Whoever holds the chat now is the operator being rated (nothing reassigns a closed chat).
          operatorId: chat.operatorId,
          createdAt: now,
        },
      });
      await tx.chat.update({ where: { id: chat.id }, data: { state: "RATED" } });
      if (followUp) {
        await tx.followUp.upsert({
          where: { chatId: chat.id },
          create: { chatId: chat.id, reason: "LOW_RATING", createdAt: now },
          update: { reason: "LOW_RATING" },
        });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("ALREADY_RATED");
    throw error;
  }
  const delighted = input.score === 5 && (input.npsScore ?? 0) >= 9;
  return { inviteToReview: delighted ? input.reviewUrl : null, followUp };
}

/** Bot-only chats are asked just "did the bot help?": it feeds self-service containment, not CSI. */
export async function rateBotChat(db: Db, input: { party: ChatParty; chatId: string; helped: boolean }) {
  const chat = await closedChatOf(db, input.party, input.chatId);
  if (chat.queuedAt) throw new AppError("INVALID_INPUT", { field: "helped" });
  const moved = await db.chat.updateMany({
    where: { id: chat.id, state: "CLOSED" },
    data: { botHelped: input.helped, state: "RATED" },
  });
  if (moved.count === 0) throw new AppError("ALREADY_RATED");
  // "Did not help" teaches the editors: the chat's last question counts as unanswered.
  if (!input.helped) await markLastBotQuestion(db, chat.id, { notHelped: true });
}

/**
 * A comment after the scores, where the rating is asked step by step (a messenger): added once to the chat's
 * own rating by its subscriber or visitor.
 */
export async function addRatingComment(db: Db, input: { party: ChatParty; chatId: string; comment: string }) {
  const chat = await db.chat.findUnique({ where: { id: input.chatId } });
  if (!chat || !isChatOwner(chat, input.party)) throw new AppError("NOT_FOUND");
  const comment = input.comment.trim().slice(0, MAX_RATING_COMMENT);
  if (!comment) throw new AppError("INVALID_INPUT", { field: "comment" });
  const added = await db.rating.updateMany({ where: { chatId: chat.id, comment: null }, data: { comment } });
  if (added.count === 0) throw new AppError("ALREADY_RATED");
}
