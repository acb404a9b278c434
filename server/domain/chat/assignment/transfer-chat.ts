import type { Db } from "@/server/db-client";
import { createTranslator } from "@/i18n/translator";
import { AppError } from "@/server/domain/errors";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { appendMessage } from "../append-message";
import { readChatContext } from "../chat-context";
import { announceChatState, announceMessage, type ChatEvents } from "../chat-events";
import { toMessageView } from "../message-view";
import { firstNameOf } from "./assign-chat";
import { lockOperatorLoad } from "./operator-load";

export interface TransferInput {
  chatId: string;
  by: { staffId: string; roles: StaffRole[] };
  /** Another operator's id, or null for "back to the queue". */
  toOperatorId: string | null;
  note: string;
  now?: Date;
}

/**
 * Hands an assigned chat to another operator (within their limit) or back to the queue,
 * with a note only staff see. The chat's operator may transfer it; supervisors may reassign any.
 */
export async function transferChat(db: Db, events: ChatEvents, input: TransferInput) {
  const now = input.now ?? new Date();
  const chat = await db.chat.findUnique({
    where: { id: input.chatId },
    include: { operator: { select: { fullName: true } } },
  });
  const supervising = input.by.roles.some((r) => r === "SUPERVISOR" || r === "ADMIN");
  if (!chat || (chat.operatorId !== input.by.staffId && !supervising)) throw new AppError("NOT_FOUND");
  if (chat.state !== "ASSIGNED" || !chat.operatorId) throw new AppError("CONFLICT");
  if (input.toOperatorId === chat.operatorId) throw new AppError("INVALID_INPUT", { field: "toOperatorId" });
  const fromOperatorId = chat.operatorId;
  const t = createTranslator(readChatContext(chat.context).locale);
  const byName = (await db.staffUser.findUniqueOrThrow({ where: { id: input.by.staffId }, select: { fullName: true } }))
    .fullName;

  const result = await db.$transaction(
    async (tx) => {
      let target: { id: string; fullName: string } | null = null;
      if (input.toOperatorId) {
        const load = await lockOperatorLoad(tx, input.toOperatorId);
        if (!load || !load.operator.roles.includes("OPERATOR")) throw new AppError("NOT_FOUND");
        if (!load.hasRoom) throw new AppError("CHAT_LIMIT_REACHED");
        target = load.operator;
      }
      const moved = target
        ? await tx.$executeRaw`UPDATE "Chat" SET "operatorId" = ${target.id}, "operatorSince" = ${now} WHERE "id" = ${chat.id} AND "state" = 'ASSIGNED' AND "operatorId" = ${fromOperatorId}`
        : await tx.$executeRaw`UPDATE "Chat" SET "state" = 'QUEUED', "operatorId" = NULL, "operatorSince" = NULL WHERE "id" = ${chat.id} AND "state" = 'ASSIGNED' AND "operatorId" = ${fromOperatorId}`;
      if (moved === 0) throw new AppError("CONFLICT");
      const noteText = t(target ? "bot.transferredTo" : "bot.transferredToQueue", {
        from: byName,
        to: target?.fullName ?? "",
        note: input.note || "—",
      });
      const note = await appendMessage(tx, {
        chatId: chat.id,
        author: "SYSTEM",
        isInternal: true,
        operatorId: input.by.staffId,
        text: noteText,
        now,
      });
      const notice = await appendMessage(tx, {
        chatId: chat.id,
        author: "SYSTEM",
        now,
        text: target ? t("bot.operatorJoined", { name: firstNameOf(target.fullName) }) : t("bot.lookingForAnother"),
      });
      return { chat: await tx.chat.findUniqueOrThrow({ where: { id: chat.id } }), messages: [note, notice] };
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
  for (const message of result.messages) await announceMessage(events, toMessageView(message));
  await announceChatState(events, result.chat);
  return result.chat;
}
