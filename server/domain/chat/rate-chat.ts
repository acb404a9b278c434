import type { Db } from "@/server/db-client";
import { env } from "@/server/env.mjs";
import { AppError } from "@/server/domain/errors";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { raiseFollowUp } from "@/server/domain/follow-ups/raise-follow-up";
import { listReviewPlatforms, type ReviewPlatformView } from "@/server/domain/survey/review-platforms";
import {
  isDetractor,
  isPromoter,
  operatorTookPart,
  respondentOf,
  SCALES,
  type SurveyAnswers,
} from "@/server/domain/survey/survey-rules";
import type { Chat } from "@/server/generated/prisma/client";
import { isChatOwner, type ChatParty } from "./chat-party";
import { markLastBotQuestion } from "@/server/domain/bot-learning/record-bot-question";

export interface RateChatInput extends Partial<SurveyAnswers> {
  party: ChatParty;
  chatId: string;
  comment?: string | null;
  now?: Date;
}

/** A rating's comment is kept up to this long (the widget's form allows the same). */
export const MAX_RATING_COMMENT = 2_000;

/** The thanks that follows: a promoter is invited to the public review platforms, a detractor is called back. */
export type RatingOutcome = { reviewPlatforms: ReviewPlatformView[]; followUp: boolean };

/** The chat's own subscriber or visitor, once it has ended (a rated chat may still get its other answers). */
async function endedChatOf(db: Db, party: ChatParty, chatId: string) {
  const chat = await db.chat.findUnique({ where: { id: chatId }, include: { rating: true } });
  if (!chat || !isChatOwner(chat, party)) throw new AppError("NOT_FOUND");
  if (chat.state !== "CLOSED" && chat.state !== "RATED") throw new AppError("CHAT_CLOSED");
  if (chat.rating?.dismissedAt) throw new AppError("ALREADY_RATED");
  return chat;
}

/** Whether the "would you recommend" question is due for this chat's respondent (once per interval). */
export async function isNpsDue(db: Db, chat: Pick<Chat, "id" | "accountId" | "visitorToken">, now: Date) {
  const respondent = respondentOf(chat);
  if (!respondent) return true;
  const since = new Date(now.getTime() - env().SURVEY_NPS_INTERVAL_DAYS * 86_400_000);
  const recent = await db.rating.findFirst({
    where: { respondent, npsAt: { gt: since }, chatId: { not: chat.id } },
    select: { id: true },
  });
  return recent === null;
}

function checkScales(input: Partial<SurveyAnswers>) {
  for (const field of ["score", "npsScore", "cesScore"] as const) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    const { min, max } = SCALES[field];
    if (!Number.isInteger(value) || value < min || value > max) throw new AppError("INVALID_INPUT", { field });
  }
}

/**
 * The survey after a contact, answered once per question: whatever is given is kept (partial answers count), an
 * answer already stored is refused, never overwritten. CSI only where an operator took part; NPS only when
 * due for the respondent. A detractor raises a follow-up; a promoter is invited to leave a public review.
 */
export async function rateChat(db: Db, input: RateChatInput): Promise<RatingOutcome> {
  checkScales(input);
  const chat = await endedChatOf(db, input.party, input.chatId);
  const now = input.now ?? new Date();
  if (input.score != null && !operatorTookPart(chat)) throw new AppError("NO_OPERATOR_TO_RATE");
  const given = {
    score: input.score ?? null,
    npsScore: input.npsScore ?? null,
    resolved: input.resolved ?? null,
    cesScore: input.cesScore ?? null,
    comment: input.comment?.trim().slice(0, MAX_RATING_COMMENT) || null,
  };
  const answered = (Object.keys(given) as Array<keyof typeof given>).filter((key) => given[key] !== null);
  if (answered.length === 0) throw new AppError("INVALID_INPUT", { field: "score" });
  if (answered.some((key) => chat.rating && chat.rating[key] !== null)) throw new AppError("ALREADY_RATED");
  if (given.npsScore !== null && !(await isNpsDue(db, chat, now)))
    throw new AppError("INVALID_INPUT", { field: "npsScore" });
  const answers = { ...given, ...(given.npsScore !== null ? { npsAt: now } : {}) };
  const merged: SurveyAnswers = {
    score: given.score ?? chat.rating?.score ?? null,
    npsScore: given.npsScore ?? chat.rating?.npsScore ?? null,
    resolved: given.resolved ?? chat.rating?.resolved ?? null,
    cesScore: given.cesScore ?? chat.rating?.cesScore ?? null,
  };
  const followUp = isDetractor(merged);
  const platforms = isPromoter(merged) ? await listReviewPlatforms(db) : [];
  try {
    await db.$transaction(async (tx) => {
      const invited = platforms.length > 0 ? { reviewInvitedAt: chat.rating?.reviewInvitedAt ?? now } : {};
      const data = Object.fromEntries(answered.map((key) => [key, answers[key]]));
      if (chat.rating) {
        // Only while each of these answers is still missing: a parallel answer to the same question loses.
        const moved = await tx.rating.updateMany({
          where: { id: chat.rating.id, dismissedAt: null, ...Object.fromEntries(answered.map((key) => [key, null])) },
          data: { ...data, ...(answers.npsAt ? { npsAt: answers.npsAt } : {}), ...invited },
        });
        if (moved.count === 0) throw new AppError("ALREADY_RATED");
      } else {
        await tx.rating.create({
          data: {
            ...data,
            ...(answers.npsAt ? { npsAt: answers.npsAt } : {}),
            ...invited,
            chatId: chat.id,
            respondent: respondentOf(chat),
            // Whoever holds the chat now is the operator being rated (nothing reassigns a closed chat).
            operatorId: chat.operatorId,
            createdAt: now,
          },
        });
      }
      // A bot-only chat's "resolved" is also its "did the bot help?".
      const botHelped = !chat.queuedAt && given.resolved !== null ? { botHelped: given.resolved } : {};
      await tx.chat.update({ where: { id: chat.id }, data: { state: "RATED", ...botHelped } });
      if (followUp) await raiseFollowUp(tx, { chatId: chat.id, reason: "LOW_RATING", now });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("ALREADY_RATED");
    throw error;
  }
  return { reviewPlatforms: platforms, followUp };
}

/** "Not now": the survey is closed for this chat without answers and is not asked again. */
export async function dismissSurvey(db: Db, input: { party: ChatParty; chatId: string; now?: Date }) {
  const chat = await endedChatOf(db, input.party, input.chatId);
  if (chat.rating) throw new AppError("ALREADY_RATED");
  try {
    await db.rating.create({
      data: {
        chatId: chat.id,
        respondent: respondentOf(chat),
        operatorId: chat.operatorId,
        dismissedAt: input.now ?? new Date(),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("ALREADY_RATED");
    throw error;
  }
}

/** What the survey of this chat asks: CSI where an operator took part, NPS when due; nothing once settled. */
export async function surveyQuestions(db: Db, input: { party: ChatParty; chatId: string; now?: Date }) {
  const chat = await db.chat.findUnique({ where: { id: input.chatId }, include: { rating: true } });
  if (!chat || !isChatOwner(chat, input.party)) throw new AppError("NOT_FOUND");
  const ended = chat.state === "CLOSED" || chat.state === "RATED";
  const open = ended && !chat.rating;
  return {
    open,
    dismissed: Boolean(chat.rating?.dismissedAt),
    askScore: operatorTookPart(chat),
    askNps: open && (await isNpsDue(db, chat, input.now ?? new Date())),
  };
}

/** Bot-only chats are asked "did the bot help?" first: it is the survey's "resolved" and feeds self-service containment. */
export async function rateBotChat(db: Db, input: { party: ChatParty; chatId: string; helped: boolean; now?: Date }) {
  const chat = await endedChatOf(db, input.party, input.chatId);
  if (chat.queuedAt) throw new AppError("INVALID_INPUT", { field: "helped" });
  if (chat.state === "RATED" || chat.rating) throw new AppError("ALREADY_RATED");
  await rateChat(db, { party: input.party, chatId: chat.id, resolved: input.helped, now: input.now });
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
