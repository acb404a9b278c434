import type { Db } from "@/server/db-client";
import { createTranslator, type Translate } from "@/i18n/translator";
import { appErrorCodes, AppError, type AppErrorCode } from "@/server/domain/errors";
import type { Chat, EscalationIntent } from "@/server/generated/prisma/client";
import { appendMessage } from "./append-message";
import { readChatContext } from "./chat-context";
import { announceMessage, type ChatEvents } from "./chat-events";
import { isChatOwner, type ChatParty } from "./chat-party";
import { toMessageView } from "./message-view";

export interface LoadedIntent {
  intent: EscalationIntent;
  hints: Array<{ code: string; text: string }>;
}

/** The party's own "Ask in chat" record that no chat has taken yet, with the hints it saw; null if there is none. */
export async function loadEscalationIntent(db: Db, party: ChatParty, intentId: string): Promise<LoadedIntent | null> {
  if (party.kind === "staff") return null;
  const intent = await db.escalationIntent.findFirst({
    where: {
      id: intentId,
      chatId: null,
      ...(party.kind === "subscriber" ? { accountId: party.accountId } : { visitorToken: party.token }),
    },
  });
  if (!intent) return null;
  const hints = await db.hint.findMany({ where: { id: { in: intent.hintIds } }, select: { code: true, text: true } });
  return { intent, hints };
}

/** "Абонент перешёл из подсказки: действие «Смена тарифа» не удалось на странице «Тарифы». …", in the chat's language. */
export function escalationLine(t: Translate, party: ChatParty, intent: EscalationIntent): string {
  const who = party.kind === "visitor" ? "visitor" : "subscriber";
  const pageKey = `selfService.pages.${intent.page}` as const;
  const page = t.has(pageKey as never) ? t(pageKey as never) : t("selfService.pages.other");
  if (!intent.failedAction) return t("bot.fromHintNotHelped", { who, page });
  const actionKey = `selfService.actions.${intent.failedAction}`;
  // A prefix of a code ("tariff") names a group, not a text: only a leaf is a phrase.
  const known = t.has(actionKey as never) && typeof t.raw(actionKey as never) === "string";
  const action = known ? t(actionKey as never) : t("selfService.actions.other");
  const code = (appErrorCodes as readonly string[]).includes(intent.errorCode ?? "")
    ? (intent.errorCode as AppErrorCode)
    : null;
  const error = code ? t(`errors.${code}`, { minutes: 1 }) : "";
  return t("bot.fromHintFailed", { who, action, page, error }).trim();
}

/**
 * The open chat takes a later escalation's context: the operator's panel shows the new page and failure,
 * and both sides read in the transcript where the subscriber came from. The system line travels on the
 * chat's channel, which is also what makes the operator's panel reload (components/workspace/workspace-chat.tsx).
 */
export async function attachIntentToChat(
  db: Db,
  events: ChatEvents,
  input: { chat: Chat; party: ChatParty; loaded: LoadedIntent; now?: Date },
) {
  const { chat, party } = input;
  const { intent, hints } = input.loaded;
  const current = readChatContext(chat.context);
  const context = {
    ...current,
    page: intent.page,
    failedAction: intent.failedAction,
    errorCode: intent.errorCode,
    hintsShown: hints,
  };
  const text = escalationLine(createTranslator(current.locale), party, intent);
  const result = await db.$transaction(async (tx) => {
    // A chat links to one escalation record (the first); a later one still updates the context.
    if ((await tx.escalationIntent.count({ where: { chatId: chat.id } })) === 0) {
      await tx.escalationIntent.update({ where: { id: intent.id }, data: { chatId: chat.id } });
    }
    await tx.chat.update({ where: { id: chat.id }, data: { context: context as object } });
    const message = await appendMessage(tx, { chatId: chat.id, author: "SYSTEM", text, now: input.now });
    return { chat: await tx.chat.findUniqueOrThrow({ where: { id: chat.id } }), message };
  });
  await announceMessage(events, toMessageView(result.message));
  return result.chat;
}

/** chat.attachEscalation: "Ask in chat" pressed while the party's chat is open. */
export async function attachEscalation(
  db: Db,
  events: ChatEvents,
  input: { party: ChatParty; chatId: string; intentId: string; now?: Date },
) {
  const chat = await db.chat.findUnique({ where: { id: input.chatId } });
  if (!chat || !isChatOwner(chat, input.party)) throw new AppError("NOT_FOUND");
  if (chat.state === "CLOSED" || chat.state === "RATED") throw new AppError("CHAT_CLOSED");
  const loaded = await loadEscalationIntent(db, input.party, input.intentId);
  if (!loaded) throw new AppError("NOT_FOUND");
  return attachIntentToChat(db, events, { chat, party: input.party, loaded, now: input.now });
}
