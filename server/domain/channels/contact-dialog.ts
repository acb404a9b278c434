import type { Db } from "@/server/db-client";
import { closeChat } from "@/server/domain/chat/close-chat";
import { appendMessage } from "@/server/domain/chat/append-message";
import { announceMessage, type ChatEvents } from "@/server/domain/chat/chat-events";
import { toMessageView } from "@/server/domain/chat/message-view";
import { isAppError } from "@/server/domain/errors";
import type { RecoveryThrottle } from "@/server/domain/recovery/recovery-throttle";
import { RESET_TTL_MINUTES } from "@/server/domain/recovery/reset-secrets";
import type { ChannelContact, ContactPrompt } from "@/server/generated/prisma/client";
import { contactParty, contactTranslator, latestContactChat, OPEN_CHAT_STATES, replyToContact } from "./contact-chats";
import { confirmLinkCode, linkBySharedPhone, requestLinkCode } from "./contact-link";
import { endContactLink } from "./contact-unlink";
import type { InboundEvent } from "./inbound-event";
import { textOnly, type OutboundMessage } from "./outbound";

/** How long a "send your number" question waits for its answer. */
const LOGIN_PROMPT_MINUTES = 10;
/** Digits typed this long after the SMS are still taken as the code, so a late one is refused as expired. */
const CODE_PROMPT_MINUTES = 60;

export interface DialogInput {
  inboxId: string;
  siteUrl?: string;
  contact: ChannelContact;
  event: InboundEvent;
  now: Date;
}

type Command = "link" | "unlink" | "cancel" | "end";

/** Slash commands (with an optional @botname) and the same words typed out. */
export function commandOf(text: string): Command | null {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/@\w+$/, "")
    .replace(/[.!]+$/, "");
  if (["/link", "привязать лицевой счёт", "привязать лицевой счет", "привязать счёт", "link my account"].includes(word))
    return "link";
  if (["/unlink", "отвязать лицевой счёт", "отвязать лицевой счет", "отвязать счёт", "unlink"].includes(word))
    return "unlink";
  if (["/cancel", "отмена", "отменить", "cancel"].includes(word)) return "cancel";
  if (["/end", "завершить чат", "end chat"].includes(word)) return "end";
  return null;
}

/** The question the contact's next text answers, while it is still open. */
export function openPrompt(contact: ChannelContact, now: Date): ContactPrompt | null {
  return contact.prompt && contact.promptUntil && contact.promptUntil > now ? contact.prompt : null;
}

/**
 * The contact's commands: ending the chat, and linking to a subscriber account as a short conversation with
 * the bot (the command or its quick reply, then a phone or account number, then the SMS code; or a shared
 * contact), and unlinking. Returns false when the event is none of these and belongs to the chat.
 */
export async function handleLinkDialog(
  db: Db,
  deps: { throttle: RecoveryThrottle; events: ChatEvents },
  input: DialogInput,
): Promise<boolean> {
  const { contact, event, now } = input;
  const t = contactTranslator(contact);
  const answer = (message: OutboundMessage) =>
    replyToContact(db, { inboxId: input.inboxId, contact, siteUrl: input.siteUrl }, message, now);
  const setPrompt = (prompt: ContactPrompt | null, minutes = 0) =>
    db.channelContact.update({
      where: { id: contact.id },
      data: { prompt, promptUntil: prompt ? new Date(now.getTime() + minutes * 60_000) : null },
    });

  if (event.kind === "contact") {
    const outcome = await linkBySharedPhone(db, { contactId: contact.id, phone: event.phone, own: event.own, now });
    if (outcome.kind === "linked") await answer(textOnly(t("messenger.linked", { account: outcome.accountNumber })));
    else
      await answer(textOnly(t(outcome.kind === "notOwn" ? "messenger.contactNotOwn" : "messenger.contactNoAccount")));
    return true;
  }
  const command = event.kind === "text" ? commandOf(event.text) : null;
  if (command === "link") {
    if (contact.accountId) {
      const account = await db.subscriberAccount.findUnique({ where: { id: contact.accountId } });
      await answer(textOnly(t("messenger.alreadyLinked", { account: account?.accountNumber ?? "" })));
      return true;
    }
    await setPrompt("LINK_LOGIN", LOGIN_PROMPT_MINUTES);
    await answer({ ...textOnly(t("messenger.linkAsk")), requestContact: t("messenger.shareContactButton") });
    return true;
  }
  if (command === "unlink") {
    const accountId = await endContactLink(db, deps.events, { contactId: contact.id, actor: null, now });
    await answer(textOnly(t(accountId ? "messenger.unlinked" : "messenger.notLinked")));
    return true;
  }
  if (command === "end") {
    // As the widget's "end chat": then the rating, or "did the bot help?" for a chat the bot alone handled.
    const open = await latestContactChat(db, contact.id, { state: { in: OPEN_CHAT_STATES } });
    if (open) await closeChat(db, deps.events, { party: contactParty(contact), chatId: open.id, now });
    return true;
  }
  const prompt = openPrompt(contact, now);
  if (command === "cancel" && (prompt === "LINK_LOGIN" || prompt === "LINK_CODE")) {
    await setPrompt(null);
    await answer(textOnly(t("messenger.linkCancelled")));
    return true;
  }
  if (event.kind !== "text") return false;
  try {
    if (prompt === "LINK_LOGIN") {
      const sent = await requestLinkCode(db, deps.throttle, { contactId: contact.id, login: event.text, now });
      if (sent === "notALogin") return answer(textOnly(t("messenger.linkNotALogin"))).then(() => true);
      await setPrompt("LINK_CODE", CODE_PROMPT_MINUTES);
      await answer(textOnly(t("messenger.linkCodeSent", { minutes: RESET_TTL_MINUTES })));
      return true;
    }
    // Anything but digits while a code is awaited is a message to the chat: the person moved on.
    if (prompt === "LINK_CODE" && /^[\d\s-]{4,12}$/.test(event.text.trim())) {
      const outcome = await confirmLinkCode(db, deps.throttle, { contactId: contact.id, code: event.text, now });
      await answer(
        textOnly(
          outcome.kind === "linked"
            ? t("messenger.linked", { account: outcome.accountNumber })
            : t("messenger.linkCodeWrong"),
        ),
      );
      return true;
    }
  } catch (error) {
    if (!isAppError(error) || error.code !== "RATE_LIMITED") throw error;
    const seconds = Number((error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60);
    await setPrompt(null);
    await answer(textOnly(t("messenger.linkRateLimited", { minutes: Math.max(1, Math.ceil(seconds / 60)) })));
    return true;
  }
  return false;
}

/**
 * After /start, for a contact not linked yet: the bot's line in the chat (after its greeting, and seen by the
 * operator too) with a quick reply that starts linking.
 */
export async function offerLink(
  db: Db,
  events: ChatEvents,
  input: { chatId: string; contact: Pick<ChannelContact, "locale">; now: Date },
) {
  const t = contactTranslator(input.contact);
  const message = await appendMessage(db, {
    chatId: input.chatId,
    author: "BOT",
    text: t("messenger.linkOffer"),
    payload: { quickReplies: [t("messenger.linkButton")] },
    now: input.now,
  });
  await announceMessage(events, toMessageView(message));
}
