import type { Db } from "@/server/db-client";
import { createTranslator } from "@/i18n/translator";
import { AppError } from "@/server/domain/errors";
import { appendMessage } from "./append-message";
import { readChatContext } from "./chat-context";
import { announceChatState, announceMessage, type ChatEvents } from "./chat-events";
import { isChatOwner, type ChatParty } from "./chat-party";
import { toMessageView } from "./message-view";

/**
 * The operator asks, in the chat, for permission to change the subscriber's tariff or options;
 * the subscriber answers with a button. The answer is stored on the chat (and in its
 * transcript), and only then may the operator act for them.
 */
export async function requestActionConsent(
  db: Db,
  events: ChatEvents,
  input: { chatId: string; staffId: string; now?: Date },
) {
  const chat = await db.chat.findUnique({ where: { id: input.chatId } });
  if (!chat || chat.operatorId !== input.staffId) throw new AppError("NOT_FOUND");
  if (chat.state !== "ASSIGNED" || !chat.accountId) throw new AppError("CONFLICT");
  if (chat.actionConsentAt)
    return toMessageView(
      await db.chatMessage.findFirstOrThrow({ where: { chatId: chat.id }, orderBy: { seq: "desc" } }),
    );
  const t = createTranslator(readChatContext(chat.context).locale);
  const message = await db.$transaction((tx) =>
    appendMessage(tx, {
      chatId: chat.id,
      author: "OPERATOR",
      operatorId: input.staffId,
      text: t("bot.consentQuestion"),
      payload: { consentRequest: true },
      now: input.now,
    }),
  );
  const view = toMessageView(message);
  await announceMessage(events, view);
  return view;
}

export async function giveActionConsent(
  db: Db,
  events: ChatEvents,
  input: { chatId: string; party: ChatParty; now?: Date },
) {
  const now = input.now ?? new Date();
  const chat = await db.chat.findUnique({ where: { id: input.chatId } });
  if (!chat || input.party.kind !== "subscriber" || !isChatOwner(chat, input.party)) throw new AppError("NOT_FOUND");
  if (chat.state !== "ASSIGNED") throw new AppError("CHAT_CLOSED");
  if (chat.actionConsentAt) return chat;
  const t = createTranslator(readChatContext(chat.context).locale);
  const result = await db.$transaction(async (tx) => {
    const moved = await tx.chat.updateMany({
      where: { id: chat.id, actionConsentAt: null, state: "ASSIGNED" },
      data: { actionConsentAt: now },
    });
    if (moved.count === 0) return null;
    const message = await appendMessage(tx, { chatId: chat.id, author: "SYSTEM", text: t("bot.consentGiven"), now });
    return { chat: await tx.chat.findUniqueOrThrow({ where: { id: chat.id } }), message };
  });
  if (!result) return db.chat.findUniqueOrThrow({ where: { id: chat.id } });
  await announceMessage(events, toMessageView(result.message));
  await announceChatState(events, result.chat);
  return result.chat;
}
