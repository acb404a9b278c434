import type { Db } from "@/server/db-client";
import { giveActionConsent } from "@/server/domain/chat/action-consent";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { addRatingComment, isNpsDue, rateBotChat, rateChat } from "@/server/domain/chat/rate-chat";
import { isAppError } from "@/server/domain/errors";
import type { ChannelContact } from "@/server/generated/prisma/client";
import { contactParty, contactTranslator, latestContactChat, replyToContact } from "./contact-chats";
import { openPrompt } from "./contact-dialog";
import { buttonData, type ButtonPress } from "./inbound-event";
import { ratingPrompt, textOnly } from "./outbound";

/** Typed instead of pressing the skip button. */
const SKIP_WORDS = /^(пропустить|skip|нет|no|-)[.!]?$/i;

/** How long the "anything to add?" question waits for the comment. */
const COMMENT_PROMPT_MINUTES = 30;

interface Answer {
  inboxId: string;
  siteUrl?: string;
  contact: ChannelContact;
  now: Date;
  events: ChatEvents;
}

/** Refusals that only mean the answer came twice or too late: the contact has nothing more to do. */
const settled = (error: unknown) =>
  isAppError(error) && ["ALREADY_RATED", "CHAT_CLOSED", "NOT_FOUND"].includes(error.code);

/**
 * The rating asked in steps with buttons: 1–5 for the operator, then 0–10 (or skip), then an optional comment
 * (the contact's next text, or skip); "did the bot help?" for a chat that never reached an operator; and the
 * operator's request for consent. Returns false for a press that is not one of these.
 */
export async function answerRatingButton(db: Db, press: ButtonPress, input: Answer): Promise<boolean> {
  const { contact, now } = input;
  const t = contactTranslator(contact);
  const party = contactParty(contact);
  const reply = (message: Parameters<typeof replyToContact>[2]) =>
    replyToContact(db, { inboxId: input.inboxId, contact, siteUrl: input.siteUrl }, message, now);
  if (!press) return false;
  try {
    if (press.kind === "consent") {
      const open = await latestContactChat(db, contact.id, { state: "ASSIGNED" });
      if (open) await giveActionConsent(db, input.events, { chatId: open.id, party, now });
      return true;
    }
    if (press.kind === "botHelped") {
      const chat = await latestContactChat(db, contact.id, { state: "CLOSED", queuedAt: null });
      if (!chat) return true;
      await rateBotChat(db, { party, chatId: chat.id, helped: press.helped });
      await reply(textOnly(t("messenger.botFeedbackThanks")));
      return true;
    }
    if (press.kind === "commentSkip") {
      if (openPrompt(contact, now) !== "RATING_COMMENT") return true;
      await clearPrompt(db, contact.id);
      await reply(textOnly(t("bot.ratingThanks")));
      return true;
    }
    if (press.kind !== "score" && press.kind !== "nps") return false;
    const rated = await latestContactChat(db, contact.id, { state: "CLOSED", firstResponseAt: { not: null } });
    if (!rated) return true;
    if (press.kind === "score") {
      // NPS is asked at most once per interval: when not due, the score alone is the answer.
      if (await isNpsDue(db, rated, now)) {
        await db.channelContact.update({ where: { id: contact.id }, data: { pendingScore: press.score } });
        await reply(ratingPrompt("nps", t("bot.npsQuestion"), t("bot.ratingSkip")));
        return true;
      }
      await rateChat(db, { party, chatId: rated.id, score: press.score, now });
    } else {
      if (contact.pendingScore === null) return true;
      await rateChat(db, { party, chatId: rated.id, score: contact.pendingScore, npsScore: press.score, now });
    }
    await db.channelContact.update({
      where: { id: contact.id },
      data: {
        pendingScore: null,
        prompt: "RATING_COMMENT",
        promptUntil: new Date(now.getTime() + COMMENT_PROMPT_MINUTES * 60_000),
        promptChatId: rated.id,
      },
    });
    await reply(
      textOnly(t("messenger.commentQuestion"), [{ label: t("bot.ratingSkip"), data: buttonData.commentSkip() }]),
    );
  } catch (error) {
    if (!settled(error)) throw error;
  }
  return true;
}

/** The contact's text while "anything to add?" is open: it is the rating's comment. False when no such question. */
export async function takeRatingComment(db: Db, input: Answer & { text: string }): Promise<boolean> {
  const { contact, now } = input;
  if (openPrompt(contact, now) !== "RATING_COMMENT" || !contact.promptChatId) return false;
  await clearPrompt(db, contact.id);
  try {
    if (!SKIP_WORDS.test(input.text.trim()))
      await addRatingComment(db, { party: contactParty(contact), chatId: contact.promptChatId, comment: input.text });
  } catch (error) {
    if (!settled(error)) throw error;
  }
  const t = contactTranslator(contact);
  const target = { inboxId: input.inboxId, contact, siteUrl: input.siteUrl };
  await replyToContact(db, target, textOnly(t("bot.ratingThanks")), now);
  return true;
}

async function clearPrompt(db: Db, contactId: string) {
  await db.channelContact.update({
    where: { id: contactId },
    data: { prompt: null, promptUntil: null, promptChatId: null },
  });
}
