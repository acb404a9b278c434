import type { Db } from "@/server/db-client";
import { giveActionConsent } from "@/server/domain/chat/action-consent";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { addRatingComment } from "@/server/domain/chat/rate-chat";
import { isAppError } from "@/server/domain/errors";
import { contactParty, contactTranslator, latestContactChat, replyToContact } from "./contact-chats";
import { openPrompt } from "./contact-dialog";
import { answerSurveyButton, type SurveyPressInput } from "./contact-survey";
import type { ButtonPress } from "./inbound-event";
import { textOnly } from "./outbound";

/** Typed instead of pressing the skip button. */
const SKIP_WORDS = /^(пропустить|skip|нет|no|-)[.!]?$/i;

interface Answer extends SurveyPressInput {
  events: ChatEvents;
}

/** Refusals that only mean the answer came twice or too late: the contact has nothing more to do. */
const settled = (error: unknown) =>
  isAppError(error) && ["ALREADY_RATED", "CHAT_CLOSED", "NOT_FOUND"].includes(error.code);

/**
 * The buttons of the bot's own questions: the survey after a chat (./contact-survey.ts), skipping its comment,
 * and the operator's request for consent. Returns false for a press that is not one of these.
 */
export async function answerRatingButton(db: Db, press: ButtonPress, input: Answer): Promise<boolean> {
  const { contact, now } = input;
  if (!press) return false;
  if (press.kind === "survey") {
    await answerSurveyButton(db, press, input);
    return true;
  }
  try {
    if (press.kind === "consent") {
      const open = await latestContactChat(db, contact.id, { state: "ASSIGNED" });
      if (open) await giveActionConsent(db, input.events, { chatId: open.id, party: contactParty(contact), now });
      return true;
    }
    if (press.kind === "commentSkip") {
      if (openPrompt(contact, now) !== "RATING_COMMENT") return true;
      await clearPrompt(db, contact.id);
      const target = { inboxId: input.inboxId, contact, siteUrl: input.siteUrl };
      await replyToContact(db, target, textOnly(contactTranslator(contact)("bot.ratingThanks")), now);
      return true;
    }
  } catch (error) {
    if (!settled(error)) throw error;
    return true;
  }
  return false;
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
