import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { operatorTookPart, respondentOf } from "@/server/domain/survey/survey-rules";
import {
  checkScales,
  isNpsDueFor,
  MAX_RATING_COMMENT,
  storeDismissal,
  storeSurveyAnswers,
  type RatingOutcome,
  type SurveyInput,
} from "@/server/domain/survey/store-answers";
import type { Chat, Rating } from "@/server/generated/prisma/client";
import { isChatOwner, type ChatParty } from "./chat-party";
import { markLastBotQuestion } from "@/server/domain/bot-learning/record-bot-question";

export interface RateChatInput extends SurveyInput {
  party: ChatParty;
  chatId: string;
  now?: Date;
}

/** The chat's own subscriber or visitor, once it has ended (a rated chat may still get its other answers). */
async function endedChatOf(db: Db, party: ChatParty, chatId: string) {
  const chat = await db.chat.findUnique({ where: { id: chatId }, include: { rating: true } });
  if (!chat || !isChatOwner(chat, party)) throw new AppError("NOT_FOUND");
  if (chat.state !== "CLOSED" && chat.state !== "RATED") throw new AppError("CHAT_CLOSED");
  if (chat.rating?.dismissedAt) throw new AppError("ALREADY_RATED");
  return chat;
}

/** The chat as a surveyed contact: its respondent, and whoever holds it now is the operator being rated. */
const surveyedChat = (chat: Chat & { rating: Rating | null }) => ({
  subject: { chatId: chat.id },
  rating: chat.rating,
  respondent: respondentOf(chat),
  // Nothing reassigns a closed chat.
  operatorId: chat.operatorId,
});

/** Whether the "would you recommend" question is due for this chat's respondent (once per interval). */
export function isNpsDue(db: Db, chat: Pick<Chat, "id" | "accountId" | "visitorToken">, now: Date) {
  return isNpsDueFor(db, respondentOf(chat), { chatId: chat.id }, now);
}

/**
 * The survey after a chat (storeSurveyAnswers keeps the answers once each): CSI only where an operator took
 * part; a bot-only chat's "resolved" is also its "did the bot help?".
 */
export async function rateChat(db: Db, input: RateChatInput): Promise<RatingOutcome> {
  checkScales(input);
  const chat = await endedChatOf(db, input.party, input.chatId);
  if (input.score != null && !operatorTookPart(chat)) throw new AppError("NO_OPERATOR_TO_RATE");
  return storeSurveyAnswers(db, surveyedChat(chat), input, input.now ?? new Date(), async (tx, given) => {
    const botHelped = !chat.queuedAt && given.resolved !== null ? { botHelped: given.resolved } : {};
    await tx.chat.update({ where: { id: chat.id }, data: { state: "RATED", ...botHelped } });
  });
}

/** "Not now": the survey is closed for this chat without answers and is not asked again. */
export async function dismissSurvey(db: Db, input: { party: ChatParty; chatId: string; now?: Date }) {
  const chat = await endedChatOf(db, input.party, input.chatId);
  await storeDismissal(db, surveyedChat(chat), input.now ?? new Date());
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
