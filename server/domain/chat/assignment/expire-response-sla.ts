import type { Db } from "@/server/db-client";
import { raiseFollowUp } from "@/server/domain/follow-ups/raise-follow-up";
import { createTranslator } from "@/i18n/translator";
import { appendMessage } from "../append-message";
import { readChatContext } from "../chat-context";
import { announceChatState, announceMessage, type ChatEvents } from "../chat-events";
import { toMessageView } from "../message-view";
import { firstNameOf } from "./assign-chat";

export interface SlaSettings {
  slaSeconds: number;
  now?: Date;
}

/**
 * The response SLA. A chat waiting past it (strictly longer, as the missed-dialog metric counts: a reply at
 * exactly the SLA is in time) since entering the queue without a human reply
 * is a missed dialog (flagged and put on the follow-up list at once, not only when it ends),
 * charged to the operator holding it then, if any. An operator who holds a chat past it
 * without answering loses it: the chat goes back to the queue and is not offered to them again.
 */
export async function expireResponseSla(db: Db, events: ChatEvents, settings: SlaSettings) {
  const now = settings.now ?? new Date();
  const deadline = new Date(now.getTime() - settings.slaSeconds * 1000);
  const missed = await markMissedDialogs(db, deadline, now);
  const passedOver = await passOverSilentOperators(db, events, deadline, settings.slaSeconds, now);
  return { missed, passedOver };
}

async function markMissedDialogs(db: Db, deadline: Date, now: Date): Promise<number> {
  const late = await db.chat.findMany({
    where: {
      state: { in: ["QUEUED", "ASSIGNED"] },
      firstResponseAt: null,
      isMissed: false,
      queuedAt: { lt: deadline },
    },
    select: { id: true, operatorId: true },
  });
  let marked = 0;
  for (const { id, operatorId } of late) {
    await db.$transaction(async (tx) => {
      // Only while the same operator (or nobody) holds it: a chat that changed hands meanwhile waits for the next pass.
      const moved = await tx.chat.updateMany({
        where: { id, firstResponseAt: null, isMissed: false, operatorId },
        data: { isMissed: true, missedById: operatorId },
      });
      if (moved.count === 0) return;
      marked++;
      await raiseFollowUp(tx, { subject: { chatId: id }, reason: "MISSED", now });
    });
  }
  return marked;
}

async function passOverSilentOperators(
  db: Db,
  events: ChatEvents,
  deadline: Date,
  slaSeconds: number,
  now: Date,
): Promise<number> {
  const held = await db.chat.findMany({
    where: { state: "ASSIGNED", firstResponseAt: null, operatorSince: { lt: deadline } },
    select: { id: true, operatorId: true, context: true, operator: { select: { fullName: true } } },
  });
  let returned = 0;
  for (const chat of held) {
    if (!chat.operatorId) continue;
    const t = createTranslator(readChatContext(chat.context).locale);
    const result = await db.$transaction(async (tx) => {
      const moved = await tx.$executeRaw`
        UPDATE "Chat" SET "state" = 'QUEUED', "operatorId" = NULL, "operatorSince" = NULL,
          "passedOverIds" = array_append("passedOverIds", "operatorId")
        WHERE "id" = ${chat.id} AND "state" = 'ASSIGNED' AND "operatorId" = ${chat.operatorId}
          AND "firstResponseAt" IS NULL AND "operatorSince" < ${deadline}`;
      if (moved === 0) return null;
      const note = await appendMessage(tx, {
        chatId: chat.id,
        author: "SYSTEM",
        isInternal: true,
        now,
        text: t("bot.passedOver", { name: firstNameOf(chat.operator?.fullName ?? ""), seconds: slaSeconds }),
      });
      const notice = await appendMessage(tx, {
        chatId: chat.id,
        author: "SYSTEM",
        now,
        text: t("bot.lookingForAnother"),
      });
      return { chat: await tx.chat.findUniqueOrThrow({ where: { id: chat.id } }), messages: [note, notice] };
    });
    if (!result) continue;
    returned++;
    for (const message of result.messages) await announceMessage(events, toMessageView(message));
    await announceChatState(events, result.chat);
  }
  return returned;
}
