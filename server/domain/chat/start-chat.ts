import type { Db } from "@/server/db-client";
import { normalizePhone } from "@/server/auth/login-identifier";
import type { Locale } from "@/i18n/locales";
import { createTranslator } from "@/i18n/translator";
import { appErrorCodes, AppError, type AppErrorCode } from "@/server/domain/errors";
import type { ChatChannel, ChatKind } from "@/server/generated/prisma/enums";
import { appendMessage } from "./append-message";
import type { ChatContext } from "./chat-context";
import { attachIntentToChat, loadEscalationIntent } from "./attach-escalation";
import { announceChatState, type ChatEvents } from "./chat-events";
import { chatOwnerWhere, type ChatParty } from "./chat-party";
import { admitChatStart, type ChatStartAdmission } from "./chat-start-limits";

export interface StartChatInput {
  party: ChatParty;
  kind: ChatKind;
  channel: ChatChannel;
  locale: Locale;
  page?: string | null;
  /** The "Ask in chat" record made when self-service failed. */
  intentId?: string | null;
  topic?: string | null;
  bannerId?: string | null;
  visitor?: { name?: string | null; phone?: string | null; consent: boolean };
  /** The browser session, linking the chat to the hints and articles seen before it (containment). */
  sessionKey?: string | null;
  /** The flood limits a client's request is held to (chat.start); callers that are not a client pass none. */
  admission?: ChatStartAdmission;
  now?: Date;
}

const OPEN_STATES = ["BOT", "QUEUED", "ASSIGNED"] as const;

/**
 * Opens the chat widget's conversation: the subscriber's open chat if there is one,
 * otherwise a new one — with the bot first for support, straight to the queue for sales —
 * carrying the escalation context so nobody has to repeat themselves.
 */
export async function startChat(db: Db, events: ChatEvents, input: StartChatInput) {
  const owner = chatOwnerWhere(input.party);
  if (!owner) throw new AppError("FORBIDDEN");
  const loaded = input.intentId ? await loadEscalationIntent(db, input.party, input.intentId) : null;
  const intent = loaded?.intent ?? null;
  const hints = loaded?.hints ?? [];
  const open = await db.chat.findFirst({
    where: { ...owner, state: { in: [...OPEN_STATES] } },
    orderBy: { createdAt: "desc" },
  });
  if (open) return loaded ? attachIntentToChat(db, events, { chat: open, party: input.party, loaded }) : open;

  // A phone to call back is kept only with the visitor's consent.
  const phone = input.visitor?.phone ? normalizePhone(input.visitor.phone) : null;
  if (input.visitor?.phone && (!phone || !input.visitor.consent))
    throw new AppError("INVALID_INPUT", { field: "phone" });
  // Only a chat that is really new counts: reopening the widget on an open chat costs nothing.
  if (input.admission) await admitChatStart(input.admission, input.party);

  const now = input.now ?? new Date();
  const t = createTranslator(input.locale);
  // A sales chat from a banner takes the banner's own topic; an unknown or stopped banner is not linked.
  const banner =
    input.kind === "SALES" && input.bannerId
      ? await db.banner.findFirst({
          where: { id: input.bannerId, status: "ACTIVE" },
          select: { id: true, topic: true },
        })
      : null;
  const topic = banner?.topic ?? input.topic ?? null;
  const context: ChatContext = {
    locale: input.locale,
    page: intent?.page ?? input.page ?? null,
    failedAction: intent?.failedAction ?? null,
    errorCode: intent?.errorCode ?? null,
    hintsShown: hints,
    bannerTopic: input.kind === "SALES" ? topic : null,
    botMisses: 0,
    handoverReason: input.kind === "SALES" ? "SALES" : null,
  };
  const sales = input.kind === "SALES";
  const knownError = (appErrorCodes as readonly string[]).includes(context.errorCode ?? "")
    ? (context.errorCode as AppErrorCode)
    : null;
  const greeting = sales
    ? t("bot.salesGreeting", { topic: topic ?? "" })
    : knownError
      ? t("bot.greetingAfterFailure", { error: t(`errors.${knownError}`, { minutes: 1 }) })
      : t("bot.greeting");

  const chat = await db.$transaction(async (tx) => {
    const created = await tx.chat.create({
      data: {
        ...owner,
        kind: input.kind,
        channel: input.channel,
        state: sales ? "QUEUED" : "BOT",
        queuedAt: sales ? now : null,
        topic,
        sessionKey: input.sessionKey ?? null,
        bannerId: banner?.id ?? null,
        visitorName: input.visitor?.name ?? null,
        visitorPhone: phone,
        visitorConsentAt: input.visitor?.consent ? now : null,
        context: context as object,
        createdAt: now,
      },
    });
    if (intent) await tx.escalationIntent.update({ where: { id: intent.id }, data: { chatId: created.id } });
    await appendMessage(tx, { chatId: created.id, author: sales ? "SYSTEM" : "BOT", text: greeting, now });
    return tx.chat.findUniqueOrThrow({ where: { id: created.id } });
  });
  if (sales) await announceChatState(events, chat);
  return chat;
}
