import type { Db } from "@/server/db-client";
import { isNpsDue, rateBotChat, rateChat } from "@/server/domain/chat/rate-chat";
import { isChatOwner } from "@/server/domain/chat/chat-party";
import { isAppError } from "@/server/domain/errors";
import { listReviewPlatforms } from "@/server/domain/survey/review-platforms";
import { isPromoter, operatorTookPart } from "@/server/domain/survey/survey-rules";
import type { ChannelContact } from "@/server/generated/prisma/client";
import { contactParty, contactTranslator, replyToContact } from "./contact-chats";
import { openPrompt } from "./contact-dialog";
import { buttonData, type ButtonPress } from "./inbound-event";
import { textOnly } from "./outbound";
import { nextSurveyStep, reviewInvitation, surveyFields, surveyPrompt } from "./survey-steps";

/** How long the "anything to add?" question waits for the comment. */
const COMMENT_PROMPT_MINUTES = 30;

/**
 * Refusals of a press that changes nothing: answered already (a second press), a chat not the contact's, an
 * answer off the scale or NPS not due (hand-made data), CSI where no operator took part. Nothing is stored.
 */
const REFUSED = ["ALREADY_RATED", "CHAT_CLOSED", "NOT_FOUND", "INVALID_INPUT", "NO_OPERATOR_TO_RATE"];

export interface SurveyPressInput {
  inboxId: string;
  siteUrl?: string;
  contact: ChannelContact;
  now: Date;
}

/**
 * One survey button: the answer is stored at once through rateChat (the site survey's own rules: each question
 * once, partial answers kept, follow-up for a detractor), then the next question that applies is sent. When
 * the scores are over, a promoter is invited to the review platforms, then the comment is asked.
 */
export async function answerSurveyButton(
  db: Db,
  press: Extract<ButtonPress, { kind: "survey" }>,
  input: SurveyPressInput,
) {
  const { contact, now } = input;
  const party = contactParty(contact);
  const fields = surveyFields(press.question, press.answer);
  try {
    if (press.question === "botHelped" && fields?.resolved !== undefined)
      await rateBotChat(db, { party, chatId: press.chatId, helped: fields.resolved, now });
    else if (fields) await rateChat(db, { party, chatId: press.chatId, ...fields, now });
  } catch (error) {
    if (isAppError(error) && REFUSED.includes(error.code)) return;
    throw error;
  }
  const chat = await db.chat.findUnique({ where: { id: press.chatId }, include: { rating: true } });
  const ended = chat?.state === "CLOSED" || chat?.state === "RATED";
  if (!chat || !isChatOwner(chat, party) || !ended || chat.rating?.dismissedAt) return;
  // A skip stores nothing: it counts only while NPS is unanswered and the comment not yet asked for this chat.
  if (!fields && (chat.rating?.npsScore != null || chat.rating?.comment != null || commentOpen(contact, chat.id, now)))
    return;
  const next = nextSurveyStep(press.question, {
    botOnly: chat.queuedAt === null,
    operatorTookPart: operatorTookPart(chat),
    npsDue: await isNpsDue(db, chat, now),
  });
  const t = contactTranslator(contact);
  const reply = (message: Parameters<typeof replyToContact>[2]) =>
    replyToContact(db, { inboxId: input.inboxId, contact, siteUrl: input.siteUrl }, message, now);
  if (next !== "comment" && next !== "done") return reply(surveyPrompt(next, chat.id, t));
  const rating = await db.rating.findUnique({ where: { chatId: chat.id } });
  if (rating?.reviewInvitedAt && isPromoter(rating)) {
    const platforms = await listReviewPlatforms(db);
    if (platforms.length > 0) await reply(reviewInvitation(chat.id, platforms, t));
  }
  if (next === "done") return reply(textOnly(t("messenger.botFeedbackThanks")));
  await db.channelContact.update({
    where: { id: contact.id },
    data: {
      prompt: "RATING_COMMENT",
      promptUntil: new Date(now.getTime() + COMMENT_PROMPT_MINUTES * 60_000),
      promptChatId: chat.id,
    },
  });
  await reply(
    textOnly(t("messenger.commentQuestion"), [{ label: t("bot.ratingSkip"), data: buttonData.commentSkip() }]),
  );
}

const commentOpen = (contact: ChannelContact, chatId: string, now: Date) =>
  openPrompt(contact, now) === "RATING_COMMENT" && contact.promptChatId === chatId;
