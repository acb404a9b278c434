import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { isChatStaff, type ChatParty } from "@/server/domain/chat/chat-party";
import { chatStaffChannel, type MessageDelivery } from "@/server/realtime/contract";
import { deliveryState } from "./delivery-reason";

const deliveryRow = { chatMessageId: true, orderKey: true, status: true, lastError: true } as const;

function toDelivery(
  chatId: string,
  row: { chatMessageId: string | null; status: "PENDING" | "SENT" | "FAILED"; lastError: string | null },
): MessageDelivery {
  return { chatId, messageId: row.chatMessageId!, ...deliveryState(row) };
}

/**
 * How each message of a messenger chat fared on its way out (its outbox row), and whether the contact can be
 * reached at all. For the chat's operator, supervisors and admins; anyone else gets NOT_FOUND. A site chat has none.
 */
export async function listMessageDeliveries(db: Db, party: ChatParty, chatId: string) {
  const chat = await db.chat.findUnique({
    where: { id: chatId },
    select: { accountId: true, visitorToken: true, operatorId: true },
  });
  if (!chat || !isChatStaff(chat, party)) throw new AppError("NOT_FOUND");
  const [rows, channelChat] = await Promise.all([
    db.outboxMessage.findMany({
      where: { orderKey: chatId, chatMessageId: { not: null } },
      select: deliveryRow,
    }),
    db.channelChat.findUnique({ where: { chatId }, select: { contact: { select: { unreachableAt: true } } } }),
  ]);
  return {
    unreachable: Boolean(channelChat?.contact.unreachableAt),
    messages: rows.map((row) => toDelivery(chatId, row)),
  };
}

/** After an outbox attempt: the chat's staff see the reply's new state at once. Not a chat reply: nothing. */
export async function announceDelivery(db: Db, events: ChatEvents, outboxId: string): Promise<void> {
  const row = await db.outboxMessage.findUnique({ where: { id: outboxId }, select: deliveryRow });
  if (!row?.chatMessageId || !row.orderKey) return;
  await events.publish(chatStaffChannel(row.orderKey), "delivery", toDelivery(row.orderKey, row));
}
