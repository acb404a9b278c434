import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import { createTranslator } from "@/i18n/translator";
import { AppError } from "@/server/domain/errors";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { changeTariff } from "@/server/domain/tariffs/change-tariff";
import { connectOption } from "@/server/domain/options/connect-option";
import { appendMessage } from "../append-message";
import { readChatContext } from "../chat-context";
import { announceMessage, type ChatEvents } from "../chat-events";
import { toMessageView } from "../message-view";
import { localizedName } from "@/i18n/locales";

export type SubscriberChange =
  { kind: "tariff"; tariffId: string } | { kind: "option"; optionId: string; replace?: boolean };

/**
 * The operator makes the change the subscriber could not: only in their own open chat with a
 * signed-in subscriber who consented in it. The same domain functions as self-service run it
 * (same rules, charges, idempotency), audited as the operator acting for the subscriber with the chat's id.
 */
export async function actForSubscriber(
  db: Db,
  events: ChatEvents,
  input: { chatId: string; principal: Principal; change: SubscriberChange; idempotencyKey: string; now?: Date },
) {
  if (input.principal.kind !== "staff") throw new AppError("FORBIDDEN");
  const chat = await db.chat.findUnique({ where: { id: input.chatId } });
  if (!chat || chat.operatorId !== input.principal.staffId) throw new AppError("NOT_FOUND");
  if (chat.state !== "ASSIGNED" || !chat.accountId) throw new AppError("CONFLICT");
  if (!chat.actionConsentAt) throw new AppError("CONSENT_REQUIRED");

  const actor = { principal: input.principal, chatId: chat.id, page: "operator-chat" };
  const { change, done } =
    input.change.kind === "tariff"
      ? {
          change: await changeTariff(db, {
            accountId: chat.accountId,
            tariffId: input.change.tariffId,
            idempotencyKey: input.idempotencyKey,
            actor,
            now: input.now,
          }),
          done: "bot.operatorChangedTariff" as const,
        }
      : {
          change: await connectOption(db, {
            accountId: chat.accountId,
            optionId: input.change.optionId,
            replace: input.change.replace ?? false,
            idempotencyKey: input.idempotencyKey,
            actor,
            now: input.now,
          }),
          done: "bot.operatorConnectedOption" as const,
        };

  // Tell the subscriber in the chat (once, even if the request is retried with its key).
  const t = createTranslator(readChatContext(chat.context).locale);
  const name =
    input.change.kind === "tariff"
      ? await db.tariff.findUniqueOrThrow({
          where: { id: input.change.tariffId },
          select: { name: true, nameEn: true },
        })
      : await db.option.findUniqueOrThrow({
          where: { id: input.change.optionId },
          select: { name: true, nameEn: true },
        });
  const clientId = `change-${change.id}`;
  const text = t(done, { name: localizedName(name, readChatContext(chat.context).locale) });
  try {
    const message = await db.$transaction((tx) =>
      appendMessage(tx, { chatId: chat.id, author: "SYSTEM", clientId, text, now: input.now }),
    );
    await announceMessage(events, toMessageView(message));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // a parallel retry with the same key told them already
  }
  return change;
}
